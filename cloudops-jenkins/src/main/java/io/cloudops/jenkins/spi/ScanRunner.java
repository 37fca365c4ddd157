package io.cloudops.jenkins.spi;

import hudson.AbortException;
import io.cloudops.jenkins.agent.WorkPlace;
import java.io.IOException;
import java.util.function.Consumer;

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
   * @param progress receives one-line progress messages while the scan runs (printed to the build
   *     log at once, masked)
   */
  ScanOutcome scan(ScanRequest request, StoreProvider.Stores stores, Consumer<String> progress)
      throws IOException, InterruptedException;

  /**
   * {@link #scan(ScanRequest, StoreProvider.Stores, Consumer)} with its AWS calls made where {@code
   * place} says; by default where this runner makes them.
   */
  default ScanOutcome scan(
      ScanRequest request, StoreProvider.Stores stores, Consumer<String> progress, WorkPlace place)
      throws IOException, InterruptedException {
    return scan(request, stores, progress);
  }
}
