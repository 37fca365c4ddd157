package io.cloudops.scan.spi;

import java.util.Objects;

/**
 * One unit of scanning: one resource type in one region of one account. A slice is paged through
 * completely or reported as failed; removals are only inferred from a completed slice.
 *
 * @param accountId the account
 * @param region the region, or {@code global} for global services
 * @param service the AWS service, e.g. {@code ec2}
 * @param resourceType e.g. {@code ec2:instance}
 */
public record SliceKey(String accountId, String region, String service, String resourceType) {

  public SliceKey {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(resourceType, "resourceType");
  }

  @Override
  public String toString() {
    return accountId + "/" + region + "/" + resourceType;
  }
}
