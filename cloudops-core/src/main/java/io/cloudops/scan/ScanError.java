package io.cloudops.scan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.scan.spi.SliceKey;

/**
 * A slice that could not be paged through: its resources are unknown (not absent).
 *
 * @param accountId the account
 * @param region the region or {@code global}
 * @param service the service, e.g. {@code rds}
 * @param resourceType the resource type, e.g. {@code rds:db-instance}
 * @param errorCode the AWS error code (e.g. {@code Throttling}, {@code AccessDenied}) or a client
 *     side one ({@code Timeout}, {@code ConnectionFailed}, {@code ClientError})
 * @param message one line saying what failed
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScanError(
    String accountId,
    String region,
    String service,
    String resourceType,
    String errorCode,
    String message) {

  static ScanError of(SliceKey slice, String errorCode, String message) {
    return new ScanError(
        slice.accountId(),
        slice.region(),
        slice.service(),
        slice.resourceType(),
        errorCode,
        message);
  }
}
