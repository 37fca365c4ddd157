package io.cloudops.execute.executor;

import io.cloudops.model.PlannedStep;
import java.util.List;

/** Runs one kind of plan step. */
public interface StepExecutor {

  /**
   * Refuses a step that must not run, before anything of the plan runs.
   *
   * @throws UnsafeStepException naming the step and the offending argument
   */
  void validate(PlannedStep step, String region);

  /** What would run, secrets masked: the argv for a process, a call description for the SDK. */
  List<String> describe(PlannedStep step, ExecutorContext context);

  /** Runs the step (or its dry run, when the context says so). Never throws for step failures. */
  StepOutcome run(PlannedStep step, ExecutorContext context);
}
