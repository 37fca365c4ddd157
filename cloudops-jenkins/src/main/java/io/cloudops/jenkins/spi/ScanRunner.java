package io.cloudops.jenkins.spi;

import hudson.AbortException;
import io.cloudops.log.MessageLog;
import java.io.IOException;

/** Runs one scan into the configured store (implemented over the core's scanner). */
public interface ScanRunner {

  /** A runner for builds of the plugin without the scanner wired in. */
  ScanRunner NOT_WIRED =
      (request, stores, progress) -> {
        throw new AbortException(
            "CloudOps: the scanner is not available in this build of the plugin");
      };

  /**
   * Scans and stores. Interruptible: an interrupted scan stops between slices and throws {@link
   * InterruptedException}.
   *
   * @param progress receives progress lines while the scan runs (printed once at the end)
   */
  ScanOutcome scan(ScanRequest request, StoreProvider.Stores stores, MessageLog progress)
      throws IOException, InterruptedException;
}
