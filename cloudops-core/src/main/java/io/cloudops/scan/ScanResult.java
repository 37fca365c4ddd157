package io.cloudops.scan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.model.AwsResource;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a scan found.
 *
 * @param resources the resources, only when the scan was asked to collect them (the streaming scan
 *     leaves this empty: its pages went to the sink)
 * @param totalCount resources seen
 * @param byService resources seen per service
 * @param durationMs wall-clock time of the scan
 * @param errors slices that failed; their resources are unknown, not absent
 * @param changes added, changed, unchanged and removed against the known state
 * @param slices slices scanned (completed or failed)
 * @param apiCalls HTTP requests sent to AWS, retries included
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScanResult(
    @JsonIgnore List<AwsResource> resources,
    long totalCount,
    Map<String, Long> byService,
    long durationMs,
    List<ScanError> errors,
    ChangeCounts changes,
    int slices,
    long apiCalls) {

  public ScanResult {
    resources = List.copyOf(resources);
    byService = Collections.unmodifiableMap(new TreeMap<>(byService));
    errors = List.copyOf(errors);
  }

  /** Whether every slice was paged through. */
  public boolean complete() {
    return errors.isEmpty();
  }
}
