package io.cloudops.jenkins.spi;

import io.cloudops.jenkins.credentials.ResolvedAws;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scan as a pipeline asked for it.
 *
 * @param regions empty = the configured/default regions
 * @param services empty = every supported service
 * @param incremental only re-read what changed since the last scan
 * @param roleArn a role to assume (in each of {@code accounts}, when given)
 * @param externalId for the role, when its trust policy requires one
 * @param accounts account ids to reach through {@code roleArn}; empty = the credentials' account
 */
public record ScanRequest(
    ResolvedAws aws,
    List<String> regions,
    List<String> services,
    boolean incremental,
    Optional<String> roleArn,
    Optional<String> externalId,
    List<String> accounts) {

  public ScanRequest {
    Objects.requireNonNull(aws, "aws");
    regions = List.copyOf(regions);
    services = List.copyOf(services);
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(externalId, "externalId");
    accounts = List.copyOf(accounts);
  }
}
