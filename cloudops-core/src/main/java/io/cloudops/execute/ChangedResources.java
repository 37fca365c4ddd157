package io.cloudops.execute;

import java.util.List;
import java.util.Objects;

/**
 * Resources a successful step may have changed, for a targeted re-scan.
 *
 * @param action the IAM action the step ran, e.g. {@code ec2:StopInstances}, when known
 * @param targets the resource ids and ARNs the step named
 */
public record ChangedResources(
    String executionId, String region, String stepId, String action, List<String> targets) {

  public ChangedResources {
    Objects.requireNonNull(executionId, "executionId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(stepId, "stepId");
    targets = List.copyOf(targets);
  }
}
