/** The library's user-facing message log (log or throw, never both). */
package io.cloudops.log;
