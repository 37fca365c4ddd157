package io.cloudops.execute.executor;

import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a script step: the script text is written to a file in the sandbox and given to the
 * configured interpreter, with only the declared environment, in the configured working dir, under
 * the configured timeout. Scripts are always High risk; without {@link ScriptSettings} they are
 * refused.
 */
public final class ScriptExecutor implements StepExecutor {

  private final Optional<ScriptSettings> settings;
  private final ProcessRunner runner;

  public ScriptExecutor(Optional<ScriptSettings> settings, ProcessRunner runner) {
    this.settings = settings;
    this.runner = runner;
  }

  @Override
  public void validate(PlannedStep step, String region) {
    if (settings.isEmpty()) {
      throw new UnsafeStepException(
          step.stepId(), "script steps are disabled; configure a script interpreter to allow them");
    }
    if (step.script() == null || step.script().isBlank()) {
      throw new UnsafeStepException(step.stepId(), "the script step has no script");
    }
  }

  @Override
  public List<String> describe(PlannedStep step, ExecutorContext context) {
    List<String> argv =
        new ArrayList<>(settings.map(ScriptSettings::interpreter).orElse(List.of()));
    argv.add(scriptFile(step, context).toString());
    return context.masker().mask(argv);
  }

  @Override
  public StepOutcome run(PlannedStep step, ExecutorContext context) {
    validate(step, context.region());
    ScriptSettings script = settings.orElseThrow();
    List<String> argv = describe(step, context);
    if (context.dryRun()) {
      return new StepOutcome(
          ExecutionStatus.SUCCESS, argv, null, "dry run: scripts are not run", null, null);
    }
    Path file = scriptFile(step, context);
    try {
      Files.writeString(file, step.script(), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>(script.interpreter());
      command.add(file.toString());
      command = ProcessSandbox.wrap(command, context.sandbox(), List.of());
      ProcessOutcome outcome =
          runner.run(
              command,
              script.environment(),
              script.workingDir() == null ? context.sandbox() : script.workingDir(),
              script.timeout().compareTo(context.timeout()) < 0
                  ? script.timeout()
                  : context.timeout(),
              context.cancellation(),
              context.masker(),
              context.output());
      if (outcome.cancelled()) {
        return new StepOutcome(
            ExecutionStatus.CANCELLED,
            argv,
            null,
            outcome.excerpt(),
            outcome.sha256(),
            "cancelled");
      }
      if (outcome.timedOut()) {
        return new StepOutcome(
            ExecutionStatus.FAILED,
            argv,
            null,
            outcome.excerpt(),
            outcome.sha256(),
            "timed out; the process tree was killed");
      }
      return new StepOutcome(
          outcome.exitCode() == 0 ? ExecutionStatus.SUCCESS : ExecutionStatus.FAILED,
          argv,
          outcome.exitCode(),
          outcome.excerpt(),
          outcome.sha256(),
          outcome.exitCode() == 0 ? null : "the script exited with code " + outcome.exitCode());
    } catch (IOException e) {
      return new StepOutcome(
          ExecutionStatus.FAILED, argv, null, "", null, "cannot run the script: " + e.getMessage());
    }
  }

  private static Path scriptFile(PlannedStep step, ExecutorContext context) {
    return context
        .sandbox()
        .resolve("step-" + step.stepId().replaceAll("[^A-Za-z0-9_-]", "_") + ".script");
  }
}
