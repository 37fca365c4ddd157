package io.cloudops.execute;

/**
 * Told which resources each successful, changing step targeted, so that a targeted re-scan keeps
 * the estate store true. The front end connects the scanner here; the engine does not scan.
 */
@FunctionalInterface
public interface ChangedResourcesListener {

  void changed(ChangedResources changed);

  /** Ignores every change. */
  static ChangedResourcesListener none() {
    return changed -> {};
  }
}
