package io.cloudops.scan;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.SliceKey;
import java.util.List;

/**
 * Receives a scan as it happens, page by page, so the estate never has to fit in memory. Called
 * from several scanning threads at once: implementations are thread-safe. Within one slice, calls
 * come in order: pages, then exactly one of {@link #sliceCompleted} or {@link #sliceFailed}.
 */
public interface ScanSink {

  /** A sink that drops everything (a count-only scan). */
  ScanSink DISCARD = (slice, page) -> {};

  /**
   * One page of resources of a slice. Pages hold the added and changed resources, and the unchanged
   * ones unless the scan was asked to skip them.
   */
  void accept(SliceKey slice, List<AwsResource> page);

  /**
   * The slice was paged through cleanly.
   *
   * @param removedKeys keys ({@link AwsResource#key()}) that were known for the slice and not seen
   */
  default void sliceCompleted(SliceKey slice, List<String> removedKeys) {}

  /** The slice failed: what it held is unknown; nothing of it may be treated as removed. */
  default void sliceFailed(SliceKey slice, ScanError error) {}
}
