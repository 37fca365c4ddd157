package io.cloudops.execute.risk;

import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import java.util.List;
import java.util.Objects;

/**
 * A plan's risk: the overall assessment (max over steps and over the server's claim) and each
 * step's own.
 */
public record PlanRisk(RiskAssessment assessment, List<StepRisk> steps) {

  public PlanRisk {
    Objects.requireNonNull(assessment, "assessment");
    steps = List.copyOf(steps);
  }

  public RiskLevel level() {
    return assessment.level();
  }

  /** Every resource any step targets, without duplicates, in plan order. */
  public List<String> targets() {
    return steps.stream().flatMap(s -> s.targets().stream()).distinct().toList();
  }
}
