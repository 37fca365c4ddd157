package io.cloudops.cli;

/** How results are printed on standard output. */
enum OutputFormat {
  TEXT,
  JSON
}
