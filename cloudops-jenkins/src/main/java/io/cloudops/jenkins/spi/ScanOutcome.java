package io.cloudops.jenkins.spi;

import java.util.List;
import java.util.Map;

/**
 * What a scan found and changed.
 *
 * @param total resources stored after the scan
 * @param byService resources seen per service
 * @param slices how many (account, region, service) slices were attempted
 * @param errors one line per failed slice
 */
public record ScanOutcome(
    long total,
    Map<String, Long> byService,
    long added,
    long changed,
    long removed,
    int slices,
    List<String> errors) {

  public ScanOutcome {
    byService = Map.copyOf(byService);
    errors = List.copyOf(errors);
  }

  /** Slices that failed. */
  public int failedSlices() {
    return errors.size();
  }

  /** Every slice failed (and there was at least one). */
  public boolean allFailed() {
    return slices > 0 && errors.size() >= slices;
  }
}
