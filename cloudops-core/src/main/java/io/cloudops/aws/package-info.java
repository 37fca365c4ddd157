/**
 * Access to AWS shared by the scanner, the executors and backups: credentials sources and the
 * factory that builds SDK clients (endpoint override, shared HTTP client).
 */
package io.cloudops.aws;
