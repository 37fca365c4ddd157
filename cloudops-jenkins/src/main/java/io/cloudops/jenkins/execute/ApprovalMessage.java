package io.cloudops.jenkins.execute;

import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionStep;
import io.cloudops.model.RiskLevel;
import java.util.ArrayList;
import java.util.List;

/** What an approver is shown: the plan's steps (argv, targets), risk and reasons. */
final class ApprovalMessage {

  private ApprovalMessage() {}

  static List<String> lines(ExecutionPlan plan, RiskLevel level, CloudOpsPlanAction proposed) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Plan "
            + plan.shortDigest()
            + " - risk "
            + level.label()
            + (proposed.getSummary().isEmpty() ? "" : ": " + proposed.getSummary()));
    for (String reason : proposed.getReasons()) {
      lines.add("reason: " + reason);
    }
    for (ExecutionStep step : plan.steps()) {
      lines.add(
          step.stepId()
              + ". "
              + CloudOpsPlanAction.StepView.of(step).what()
              + (step.description().isEmpty() ? "" : "  -- " + step.description()));
    }
    return lines;
  }
}
