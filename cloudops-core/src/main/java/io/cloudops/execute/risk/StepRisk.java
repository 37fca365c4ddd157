package io.cloudops.execute.risk;

import io.cloudops.model.RiskLevel;
import java.util.List;
import java.util.Objects;

/**
 * The locally computed risk of one step.
 *
 * @param action the IAM action ({@code ec2:StopInstances}), or null for scripts and unknown steps
 * @param targets the resource ids and ARNs the step names
 * @param reasons why the step has its level; never empty
 */
public record StepRisk(
    String stepId, RiskLevel level, String action, List<String> targets, List<String> reasons) {

  public StepRisk {
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(level, "level");
    targets = List.copyOf(targets);
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("every risk level needs a reason");
    }
  }
}
