package io.cloudops.jenkins.execute;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.cloudops.jenkins.BuildLog;
import io.cloudops.jenkins.MaskedOutput;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.agent.WorkPlace;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.credentials.StepAwsCredentials;
import io.cloudops.jenkins.services.CloudOpsServices;
import io.cloudops.jenkins.spi.GrantedApprovals;
import io.cloudops.model.ExecutionOrigin;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * {@code cloudopsRunPlan}: checks the plan's approvals again from the flow graph (nothing runs
 * without them), records in the build, saved before the first step, that this execution began and
 * which inputs it used, then runs the plan off the pipeline thread. After a controller restart an
 * execution that began is never launched again: {@link #onResume} fails the step and points to the
 * execution history.
 */
final class RunPlanExecution extends StepExecution {
  private static final long serialVersionUID = 1L;

  private static final ExecutorService RUNNERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "cloudopsRunPlan");
            thread.setDaemon(true);
            return thread;
          });

  private final String digest;
  private final boolean dryRun;
  private final String credentialsId;

  /** Set (and saved with the build) before the plan's first step; persisted with the program. */
  private String began;

  private final transient CloudOpsServices overrides;
  private transient volatile Future<?> running;

  RunPlanExecution(
      StepContext context,
      String digest,
      boolean dryRun,
      String credentialsId,
      CloudOpsServices overrides) {
    super(context);
    this.digest = digest;
    this.dryRun = dryRun;
    this.credentialsId = credentialsId;
    this.overrides = overrides;
  }

  private CloudOpsServices services() {
    return overrides == null ? CloudOpsServices.defaults() : overrides;
  }

  @Override
  public boolean start() throws Exception {
    Run<?, ?> run = getContext().get(Run.class);
    CloudOpsExecutionAction history = CloudOpsExecutionAction.on(run);
    BuildLog log = log();
    ResolvedAws aws = resolveAws(run, log);
    PlanGate.Checked checked =
        new PlanGate(services())
            .check(
                run,
                getContext().get(FlowNode.class),
                digest,
                dryRun,
                history.consumedInputs(),
                aws);
    ApprovalReview review = checked.review();
    WorkPlace place =
        WorkPlace.of(
            getContext(),
            "cloudopsRunPlan",
            services().jenkins().configuration().isAllowControllerExecution(),
            aws);
    if (!review.approved()) {
      throw new AbortException(
          "CloudOps: plan "
              + checked.plan().shortDigest()
              + " (risk "
              + checked.level().label()
              + ") is not approved, nothing ran: it needs "
              + review.required()
              + " approval(s) proven by input steps of this build, found "
              + review.accepted().size()
              + (review.notCounted().isEmpty()
                  ? ""
                  : "; " + String.join("; ", review.notCounted())));
    }
    String key = UUID.randomUUID().toString();
    history.begin(run, key, digest, dryRun, review.approvers(), review.nodeIds());
    began = key;
    getContext().saveState();
    log.println(
        (dryRun ? "dry run of" : "running")
            + " plan "
            + checked.plan().shortDigest()
            + " (risk "
            + checked.level().label()
            + (review.required() == 0
                ? ", no approval needed)"
                : ", approved by " + String.join(", ", review.approvers()) + ")")
            + " "
            + place.describe()
            + " with "
            + aws.describe());
    launch(
        checked.plan(),
        new GrantedApprovals(review.accepted(), checked.policy(), checked.starters()),
        key,
        place);
    return false;
  }

  /** The build, as the history records where the run was asked: its name and its page. */
  static ExecutionOrigin origin(Run<?, ?> run) {
    return new ExecutionOrigin("jenkins", run.getFullDisplayName(), run.getUrl());
  }

  private ResolvedAws resolveAws(Run<?, ?> run, BuildLog log) throws Exception {
    return PlanGate.aws(
        services(),
        run,
        StepAwsCredentials.bound(getContext()),
        getContext().get(EnvVars.class),
        credentialsId,
        log);
  }

  private void launch(ExecutionPlan plan, GrantedApprovals approvals, String key, WorkPlace place) {
    running =
        RUNNERS.submit(
            () -> {
              Run<?, ?> run = null;
              try {
                run = getContext().get(Run.class);
                BuildLog log = log();
                ResolvedAws aws = resolveAws(run, log);
                ExecutionResult result;
                try (MaskedOutput masked =
                        new MaskedOutput(getContext().get(TaskListener.class).getLogger(), log);
                    PrintStream out = masked.printStream()) {
                  result =
                      services()
                          .planRunner()
                          .run(
                              plan,
                              aws,
                              dryRun,
                              approvals,
                              out,
                              new Settings(services().jenkins())
                                  .store(services().jenkins().configuration(), run),
                              place,
                              origin(run));
                }
                CloudOpsExecutionAction.on(run).finish(run, key, result);
                if (result.status() != ExecutionStatus.SUCCESS) {
                  throw new AbortException(
                      "CloudOps: execution "
                          + result.id()
                          + " ended "
                          + result.status()
                          + (result.error() == null ? "" : ": " + log.mask(result.error())));
                }
                getContext().onSuccess(ExecutionMaps.toMap(result));
              } catch (Throwable t) {
                endWithout(run, key, "FAILED");
                getContext().onFailure(t);
              }
            });
  }

  private static void endWithout(Run<?, ?> run, String key, String status) {
    if (run != null) {
      try {
        CloudOpsExecutionAction.on(run).end(run, key, status);
      } catch (IOException e) {
        // the step fails anyway; the entry stays STARTED, which also never runs again
      }
    }
  }

  @Override
  public void stop(Throwable cause) throws Exception {
    Future<?> task = running;
    if (task != null) {
      task.cancel(true);
    }
    getContext().onFailure(cause);
  }

  /**
   * After a restart: never launch again. A plan that began may have changed resources before the
   * controller stopped; only a person who has looked at its history may run it again.
   */
  @Override
  public void onResume() {
    String history = "the build's CloudOps executions page";
    try {
      Run<?, ?> run = getContext().get(Run.class);
      history = run.getUrl() + "cloudops-executions/";
      if (began != null) {
        CloudOpsExecutionAction.on(run).end(run, began, "INTERRUPTED");
      }
    } catch (Exception e) {
      // the pointer stays generic; the step fails below either way
    }
    getContext()
        .onFailure(
            new AbortException(
                began == null
                    ? "CloudOps: Jenkins restarted before plan "
                        + digest.substring(0, Math.min(12, digest.length()))
                        + " started; nothing ran. Run the build again"
                    : "CloudOps: plan "
                        + digest.substring(0, Math.min(12, digest.length()))
                        + " had begun when Jenkins restarted (execution "
                        + began
                        + ") and is not run again. Check what it changed in "
                        + history
                        + " and the execution history (cloudops history) before running it in"
                        + " a new build"));
  }

  @Override
  public String getStatus() {
    return began == null ? "checking the plan's approvals" : "running the plan";
  }

  private BuildLog log() throws Exception {
    return new BuildLog(getContext().get(TaskListener.class).getLogger());
  }
}
