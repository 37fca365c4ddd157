package io.cloudops.execute;

import io.cloudops.config.ExecutionSettings;
import io.cloudops.model.PlannedStep;
import java.nio.charset.StandardCharsets;

/** How large a plan may be: defaults of the engine's limits, and how a step's size is counted. */
public final class PlanLimits {

  /** Steps in one plan. */
  public static final int DEFAULT_MAX_STEPS = ExecutionSettings.DEFAULT.maxPlanSteps();

  /** Bytes of arguments, SDK parameters or script text in one step (UTF-8). */
  public static final long DEFAULT_MAX_ARGUMENT_BYTES =
      ExecutionSettings.DEFAULT.maxStepArgumentBytes();

  private PlanLimits() {}

  /** The UTF-8 bytes of a step's command, arguments, parameters and script. */
  public static long argumentBytes(PlannedStep step) {
    long bytes = utf8(step.command()) + utf8(step.service()) + utf8(step.operation());
    for (String arg : step.args()) {
      bytes += utf8(arg);
    }
    if (step.params() != null) {
      bytes += utf8(step.params().toString());
    }
    return bytes + utf8(step.script());
  }

  private static long utf8(String text) {
    return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
  }
}
