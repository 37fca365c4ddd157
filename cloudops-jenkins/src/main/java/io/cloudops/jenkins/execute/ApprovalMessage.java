package io.cloudops.jenkins.execute;

import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * What an approver is shown: in the build log the plan's steps, risk and reasons; in the {@code
 * input} prompt a short canonical message that names the exact plan and links its page.
 */
final class ApprovalMessage {

  /**
   * The longest message Jenkins stores as a step argument by default ({@code
   * org.jenkinsci.plugins.workflow.actions.ArgumentsAction.maxRetainedLength}, workflow-api
   * ArgumentsAction.java:75); a longer one could not be proven afterwards.
   */
  static final int MAX_STORED_LENGTH = 1024;

  private ApprovalMessage() {}

  /**
   * The {@code input} message for a plan. The run step recomputes it and compares it with what
   * Jenkins stored on each input node, so it depends only on the plan, its risk and its page.
   *
   * @param planPage the plan page's path below the Jenkins root ({@code job/x/5/cloudops-plan-...})
   */
  static String canonical(ExecutionPlan plan, RiskLevel level, String planPage) {
    return "CloudOps: approve running plan "
        + plan.digest()
        + " (risk "
        + level.label()
        + ", "
        + plan.steps().size()
        + (plan.steps().size() == 1 ? " step" : " steps")
        + ")?\nSee exactly what will run (commands, targets, risk reasons): "
        + planPage
        + "\nApproving lets this plan run once in this build.";
  }

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
    for (PlannedStep step : plan.steps()) {
      lines.add(
          step.stepId()
              + ". "
              + CloudOpsPlanAction.StepView.of(step).what()
              + (step.description().isEmpty() ? "" : "  -- " + step.description()));
    }
    return lines;
  }
}
