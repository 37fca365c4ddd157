package io.cloudops.execute;

import io.cloudops.CloudOpsException;
import io.cloudops.execute.ExecutionEngine.CliCredentials;
import io.cloudops.execute.executor.Cancellation;
import io.cloudops.execute.executor.ExecutorContext;
import io.cloudops.execute.executor.StepOutcome;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.risk.StepRisk;
import io.cloudops.model.Approval;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StatusTransition;
import io.cloudops.model.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One run of one plan: steps in order, each recorded in the history as it ends. */
final class PlanRun {

  private final ExecutionEngine engine;
  private final ExecutionRequest request;
  private final PlanReview review;
  private final List<Approval> approvals;
  private final String id;
  private final Cancellation cancellation;

  /**
   * @param id the execution id, already registered with the engine with {@code cancellation}
   */
  PlanRun(
      ExecutionEngine engine,
      ExecutionRequest request,
      PlanReview review,
      List<Approval> approvals,
      String id,
      Cancellation cancellation) {
    this.engine = engine;
    this.request = request;
    this.review = review;
    this.approvals = List.copyOf(approvals);
    this.id = id;
    this.cancellation = cancellation;
  }

  /**
   * Shows what would run; calls only EC2's DryRun; records the dry run (kind {@code dry_run}) with
   * what each step would run.
   */
  ExecutionResult dryRun() {
    ExecutionHistory history = engine.historyLog();
    Instant started = engine.clock().instant();
    CliCredentials credentials = credentialsOrNone();
    created(DecisionKind.DRY_RUN, credentials, started);
    Path sandbox = sandbox();
    List<StepResult> results = new ArrayList<>();
    ExecutionStatus status = ExecutionStatus.SUCCESS;
    String error = null;
    try {
      transition(id, ExecutionStatus.RUNNING, "dry run");
      for (PlannedStep step : request.plan().steps()) {
        StepResult result =
            runStep(id, step, credentials, cancellation, sandbox, true, engine.clock());
        results.add(result);
        history.step(id, result);
        if (result.status() != ExecutionStatus.SUCCESS && status == ExecutionStatus.SUCCESS) {
          status = ExecutionStatus.FAILED;
          error = "step " + step.stepId() + ": " + result.error();
        }
      }
    } catch (RuntimeException e) {
      status = ExecutionStatus.FAILED;
      error = credentials.masker().mask(String.valueOf(e.getMessage()));
      throw e;
    } finally {
      transition(id, status, error);
      delete(sandbox);
    }
    return result(id, status, error, started, results);
  }

  /** Runs the plan under the account+region lock, recording every event. */
  ExecutionResult run() {
    ExecutionHistory history = engine.historyLog();
    Instant started = engine.clock().instant();
    CliCredentials credentials = engine.cliCredentials();
    created(DecisionKind.EXECUTION, credentials, started);
    Path sandbox = null;
    List<StepResult> results = new ArrayList<>();
    ExecutionStatus status = ExecutionStatus.FAILED;
    String error = null;
    try {
      if (review.requiredApprovers() > 0) {
        transition(
            id,
            ExecutionStatus.AWAITING_APPROVAL,
            review.risk().level().label() + ": " + review.requiredApprovers() + " approver(s)");
        history.approvals(id, approvals);
      }
      AccountRegionLock lock = engine.lock();
      try {
        sandbox = sandbox();
        transition(id, ExecutionStatus.RUNNING, null);
        status = ExecutionStatus.SUCCESS;
        for (int i = 0; i < request.plan().steps().size(); i++) {
          PlannedStep step = request.plan().steps().get(i);
          if (cancellation.isCancelled()) {
            status = ExecutionStatus.CANCELLED;
            error = "cancelled before step " + step.stepId();
            break;
          }
          StepResult result =
              runStep(id, step, credentials, cancellation, sandbox, false, engine.clock());
          results.add(result);
          history.step(id, result);
          if (result.status() != ExecutionStatus.SUCCESS) {
            status = result.status();
            error = "step " + step.stepId() + ": " + result.error();
            break;
          }
          announceChanges(id, step, review.steps().get(i).risk());
        }
      } finally {
        lock.close();
      }
    } catch (RuntimeException e) {
      try {
        transition(
            id, ExecutionStatus.FAILED, credentials.masker().mask(String.valueOf(e.getMessage())));
      } catch (RuntimeException recordingFailed) {
        e.addSuppressed(recordingFailed);
      }
      delete(sandbox);
      throw e;
    }
    transition(id, status, error);
    delete(sandbox);
    return result(id, status, error, started, results);
  }

  /** The run's first history event: the plan as kept (secrets masked), its risk, who asked. */
  private void created(DecisionKind kind, CliCredentials credentials, Instant started) {
    engine
        .historyLog()
        .created(
            id,
            kind,
            request.contextId(),
            review.digest(),
            Decisions.masked(request.plan(), credentials.masker()),
            review.risk().assessment(),
            request.requestedBy(),
            request.origin(),
            started);
  }

  private StepResult runStep(
      String id,
      PlannedStep step,
      CliCredentials credentials,
      Cancellation cancellation,
      Path sandbox,
      boolean dryRun,
      Clock clock) {
    ExecutorContext context =
        engine.context(
            id,
            credentials.environment(),
            credentials.masker(),
            cancellation,
            sandbox,
            dryRun,
            line -> engine.emit(id, step.stepId(), line));
    Instant started = clock.instant();
    StepOutcome outcome = engine.executor(step).run(step, context);
    return new StepResult(
        step.stepId(),
        outcome.status(),
        outcome.argv(),
        outcome.exitCode(),
        outcome.output(),
        outcome.outputSha256(),
        outcome.error(),
        started,
        clock.instant());
  }

  private void announceChanges(String id, PlannedStep step, StepRisk risk) {
    if (risk.level() == RiskLevel.LOW || risk.targets().isEmpty()) {
      return;
    }
    try {
      engine
          .changedResources()
          .changed(
              new ChangedResources(
                  id, engine.region(), step.stepId(), risk.action(), risk.targets()));
    } catch (RuntimeException e) {
      engine
          .messages()
          .warning(
              "execution %s step %s: the re-scan of %s failed: %s",
              id, step.stepId(), risk.targets(), e.getMessage());
    }
  }

  private void transition(String id, ExecutionStatus status, String detail) {
    engine
        .historyLog()
        .transition(id, new StatusTransition(status, engine.clock().instant(), detail));
  }

  private CliCredentials credentialsOrNone() {
    try {
      return engine.cliCredentials();
    } catch (RuntimeException e) {
      engine.messages().warning("no AWS credentials for EC2 dry-run calls: %s", e.getMessage());
      return new CliCredentials(Map.of(), engine.knownSecretsMasker());
    }
  }

  private ExecutionResult result(
      String id, ExecutionStatus status, String error, Instant started, List<StepResult> steps) {
    Instant completed = engine.clock().instant();
    StringBuilder output = new StringBuilder();
    for (StepResult step : steps) {
      output.append(step.output());
    }
    return new ExecutionResult(
        id,
        status,
        output.toString(),
        error,
        started,
        completed,
        Duration.between(started, completed).toMillis(),
        steps);
  }

  private static Path sandbox() {
    try {
      try {
        return Files.createTempDirectory(
            "cloudops-exec-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (UnsupportedOperationException notPosix) {
        return Files.createTempDirectory("cloudops-exec-");
      }
    } catch (IOException e) {
      throw new CloudOpsException("Cannot create a private directory for the run: " + e, e);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a leftover temp directory holds no secret: credentials are passed in the environment
    }
  }
}
