package io.cloudops.jenkins.spi;

import io.cloudops.jenkins.agent.WorkPlace;
import java.io.IOException;
import java.util.function.Consumer;

/** Runs one scan into the configured store (implemented over the core's scanner). */
public interface ScanRunner {

  /**
   * Scans and stores. Interruptible: an interrupted scan stops between slices and throws {@link
   * InterruptedException}.
   *
   * @param progress receives one-line progress messages while the scan runs (printed to the build
   *     log at once, masked)
   */
  ScanOutcome scan(ScanRequest request, StoreProvider.OpenStores stores, Consumer<String> progress)
      throws IOException, InterruptedException;

  /**
   * {@link #scan(ScanRequest, StoreProvider.OpenStores, Consumer)} with its AWS calls made where
   * {@code place} says; by default where this runner makes them.
   */
  default ScanOutcome scan(
      ScanRequest request,
      StoreProvider.OpenStores stores,
      Consumer<String> progress,
      WorkPlace place)
      throws IOException, InterruptedException {
    return scan(request, stores, progress);
  }
}
