package io.cloudops.cli;

import io.cloudops.scan.ScanProgress;
import java.io.PrintWriter;

/** A one-line progress bar on standard error, redrawn in place. */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void update(ScanProgress progress) {
    if (!enabled) {
      return;
    }
    int filled = progress.percentage() * WIDTH / 100;
    err.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + String.format("%3d%%", progress.percentage())
            + " "
            + progress.current()
            + "/"
            + progress.total()
            + " slices ("
            + progress.service()
            + " "
            + progress.region()
            + ")        ");
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
