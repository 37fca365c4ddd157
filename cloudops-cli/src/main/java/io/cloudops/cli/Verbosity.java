package io.cloudops.cli;

/** How much goes to standard error besides errors. */
enum Verbosity {
  QUIET,
  NORMAL,
  DEBUG
}
