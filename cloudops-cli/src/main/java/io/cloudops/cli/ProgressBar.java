package io.cloudops.cli;

import io.cloudops.scan.ScanProgress;
import java.io.PrintWriter;

/**
 * Scan progress on standard error: on a terminal a one-line bar redrawn in place; elsewhere (a CI
 * log, a file) a plain line at every tenth of the way, so that logs get no carriage returns.
 */
final class ProgressBar {

  private static final int WIDTH = 30;
  private static final int PLAIN_STEP = 10;

  private final PrintWriter err;
  private final boolean enabled;
  private final boolean terminal;
  private boolean drawn;
  private int lastPlain = -1;

  ProgressBar(PrintWriter err, boolean enabled, boolean terminal) {
    this.err = err;
    this.enabled = enabled;
    this.terminal = terminal;
  }

  void update(ScanProgress progress) {
    if (!enabled) {
      return;
    }
    String counts =
        String.format("%3d%%", progress.percentage())
            + " "
            + progress.current()
            + "/"
            + progress.total()
            + " slices ("
            + progress.service()
            + " "
            + progress.region()
            + ")";
    if (!terminal) {
      int step = progress.percentage() / PLAIN_STEP;
      if (step > lastPlain) {
        lastPlain = step;
        err.println("scan: " + counts.strip());
        err.flush();
      }
      return;
    }
    int filled = progress.percentage() * WIDTH / 100;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + counts + "        ");
    err.flush();
    drawn = true;
  }

  void finish() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
