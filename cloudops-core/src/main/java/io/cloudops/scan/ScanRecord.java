package io.cloudops.scan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The last scan of one account and region: when it ended, how many resources it saw there and the
 * slices that failed (their resources are unknown, not absent).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScanRecord(
    String accountId, String region, Instant scannedAt, long resources, List<ScanError> errors) {

  public ScanRecord {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(scannedAt, "scannedAt");
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** The record's account and region, {@code account/region}. */
  public String slice() {
    return accountId + "/" + region;
  }
}
