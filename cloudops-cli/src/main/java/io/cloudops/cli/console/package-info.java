/**
 * The CLI's console host: a small HTTP server (the JDK's) that serves the console's pages and its
 * JSON API on the loopback interface, behind a random token.
 */
package io.cloudops.cli.console;
