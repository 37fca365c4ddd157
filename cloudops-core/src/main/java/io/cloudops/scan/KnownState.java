package io.cloudops.scan;

import io.cloudops.scan.spi.SliceKey;
import java.util.Map;

/**
 * What a previous scan recorded, slice by slice, so a re-scan can tell added, changed, unchanged
 * and removed resources apart without holding the whole estate in memory.
 */
@FunctionalInterface
public interface KnownState {

  /** Nothing known: every resource is added, nothing is removed. */
  KnownState NONE = slice -> Map.of();

  /**
   * The content hashes known for one slice.
   *
   * @return resource key ({@link io.cloudops.model.AwsResource#key()}) to content hash
   */
  Map<String, String> hashes(SliceKey slice);
}
