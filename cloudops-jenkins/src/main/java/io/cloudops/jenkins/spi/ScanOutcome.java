package io.cloudops.jenkins.spi;

import io.cloudops.scan.ScanRecord;
import java.util.List;
import java.util.Map;

/**
 * What a scan found and changed.
 *
 * @param total resources stored after the scan
 * @param byService resources seen per service
 * @param slices how many (account, region, service) slices were attempted
 * @param errors one line per failed slice
 * @param records the scan's record of each account and region it touched (for the data dir's {@code
 *     ScanRecords})
 */
public record ScanOutcome(
    long total,
    Map<String, Long> byService,
    long added,
    long changed,
    long removed,
    int slices,
    List<String> errors,
    List<ScanRecord> records) {

  public ScanOutcome {
    byService = Map.copyOf(byService);
    errors = List.copyOf(errors);
    records = List.copyOf(records);
  }

  /** An outcome without records. */
  public ScanOutcome(
      long total,
      Map<String, Long> byService,
      long added,
      long changed,
      long removed,
      int slices,
      List<String> errors) {
    this(total, byService, added, changed, removed, slices, errors, List.of());
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
