package io.cloudops.jenkins.execute;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.jenkins.BuildLog;
import io.cloudops.jenkins.Builds;
import io.cloudops.jenkins.CloudOpsGlobalConfiguration;
import io.cloudops.jenkins.CloudOpsServices;
import io.cloudops.jenkins.MaskedOutput;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.credentials.StepAwsCredentials;
import io.cloudops.jenkins.spi.StoreSettings;
import io.cloudops.model.Approval;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RiskLevel;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * {@code cloudopsExecute}: finds the plan this build's {@code cloudopsAsk} proposed, raises its
 * risk with the engine's assessment, and either runs it (Low, or a dry run) or opens an approval
 * gate and waits without holding a thread. On approval it checks the gate again itself (a
 * Jenkinsfile cannot skip it) and runs the plan off the pipeline thread. The state that matters
 * (digest, gate id) is serializable, so the wait survives a controller restart ({@link #onResume}).
 */
final class ExecuteExecution extends StepExecution implements CloudOpsApprovalAction.Listener {
  private static final long serialVersionUID = 1L;

  private static final ExecutorService RUNNERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "cloudopsExecute");
            thread.setDaemon(true);
            return thread;
          });

  private final String digest;
  private final boolean dryRun;
  private final String credentialsId;
  private String gateId;
  private final transient CloudOpsServices overrides;
  private transient volatile Future<?> running;

  ExecuteExecution(CloudOpsExecuteStep step, StepContext context, CloudOpsServices overrides) {
    super(context);
    this.digest = step.digest();
    this.dryRun = step.isDryRun();
    this.credentialsId = step.getCredentialsId();
    this.overrides = overrides;
  }

  private CloudOpsServices services() {
    return overrides == null ? CloudOpsServices.defaults() : overrides;
  }

  @Override
  public boolean start() throws Exception {
    Run<?, ?> run = getContext().get(Run.class);
    BuildLog log = log();
    if (digest == null) {
      throw new AbortException(
          "CloudOps: cloudopsExecute needs plan: (the result of cloudopsAsk) or planDigest:");
    }
    CloudOpsPlanAction proposed = proposed(run);
    ExecutionPlan plan = proposed.plan();
    RiskLevel level = level(plan, proposed, run);
    resolveAws(run, log);
    if (dryRun || level == RiskLevel.LOW) {
      log.println(
          (dryRun ? "dry run of" : "running")
              + " plan "
              + plan.shortDigest()
              + " (risk "
              + level.label()
              + ", no approval needed)");
      launch(plan, List.of());
      return false;
    }
    CloudOpsGlobalConfiguration config = services().jenkins().configuration();
    ApprovalGate.Policy policy =
        ApprovalGate.Policy.of(level, config.approversFor(level), config.approvalValidity());
    if (policy.approvers().size() < policy.required()) {
      throw new AbortException(
          "CloudOps: a "
              + level.label()
              + " plan needs "
              + policy.required()
              + " approver(s), but "
              + policy.approvers().size()
              + " are configured; an administrator sets them in Manage Jenkins, System, CloudOps");
    }
    CloudOpsApprovalAction approvals = CloudOpsApprovalAction.on(run);
    CloudOpsApprovalAction.Gate gate =
        approvals.open(
            digest,
            policy,
            Builds.triggeringUserId(run),
            ApprovalMessage.lines(plan, level, proposed),
            services().clock().instant());
    gateId = gate.getId();
    approvals.listen(gateId, this);
    ApprovalMessage.lines(plan, level, proposed).forEach(log::println);
    log.println(
        "waiting for "
            + policy.required()
            + " approval(s) from "
            + String.join(", ", gate.getApprovers())
            + " at "
            + run.getUrl()
            + CloudOpsApprovalAction.URL_NAME
            + "/");
    return false;
  }

  private CloudOpsPlanAction proposed(Run<?, ?> run) throws AbortException {
    return CloudOpsPlanAction.find(run, digest)
        .orElseThrow(
            () ->
                new AbortException(
                    "CloudOps: plan "
                        + digest.substring(0, Math.min(12, digest.length()))
                        + " was not proposed by cloudopsAsk in this build; only plans asked for"
                        + " in the same build can be executed"));
  }

  private RiskLevel level(ExecutionPlan plan, CloudOpsPlanAction proposed, Run<?, ?> run)
      throws AbortException {
    RiskLevel claimed = proposed.getRiskLevel();
    return services().planRunner().assess(plan, claimed, store(run)).max(claimed);
  }

  private StoreSettings store(Run<?, ?> run) throws AbortException {
    return new Settings(services().jenkins()).store(services().jenkins().configuration(), run);
  }

  private ResolvedAws resolveAws(Run<?, ?> run, BuildLog log) throws Exception {
    ResolvedAws aws =
        new StepAwsCredentials(services().jenkins())
            .resolve(
                credentialsId,
                run,
                getContext().get(EnvVars.class),
                services().jenkins().configuration().isAllowControllerDefaultCredentials());
    if (aws.credentials() instanceof AwsCredentialsSpec.StaticKeys keys) {
      log.mask(keys.secretAccessKey()).mask(keys.sessionToken());
    }
    return aws;
  }

  @Override
  public void approved(CloudOpsApprovalAction.Gate gate) {
    try {
      Run<?, ?> run = getContext().get(Run.class);
      ExecutionPlan plan = proposed(run).plan();
      ApprovalGate.Decision decision =
          ApprovalGate.decide(
              digest,
              gate.policy(),
              Builds.triggeringUserId(run),
              gate.approvals(),
              services().clock().instant());
      if (!(decision instanceof ApprovalGate.Proceed proceed)) {
        throw new AbortException("CloudOps: the plan's approvals are not sufficient: " + decision);
      }
      log()
          .println(
              "approved by "
                  + String.join(", ", proceed.counted().stream().map(Approval::approver).toList()));
      launch(plan, proceed.counted());
    } catch (Exception e) {
      getContext().onFailure(e);
    }
  }

  @Override
  public void rejected(CloudOpsApprovalAction.Gate gate) {
    getContext().onFailure(new AbortException("CloudOps: plan " + gate.getDecision()));
  }

  private void launch(ExecutionPlan plan, List<Approval> approvals) {
    running =
        RUNNERS.submit(
            () -> {
              try {
                Run<?, ?> run = getContext().get(Run.class);
                BuildLog log = log();
                ResolvedAws aws = resolveAws(run, log);
                ExecutionResult result;
                try (MaskedOutput masked =
                        new MaskedOutput(getContext().get(TaskListener.class).getLogger(), log);
                    PrintStream out = masked.printStream()) {
                  result =
                      services().planRunner().run(plan, aws, dryRun, approvals, out, store(run));
                }
                CloudOpsExecutionAction.on(run).record(digest, dryRun, result, approvals);
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
                getContext().onFailure(t);
              }
            });
  }

  @Override
  public void stop(Throwable cause) throws Exception {
    Future<?> task = running;
    if (task != null) {
      task.cancel(true);
    }
    if (gateId != null) {
      CloudOpsApprovalAction.on(getContext().get(Run.class)).abort(gateId);
    }
    getContext().onFailure(cause);
  }

  @Override
  public void onResume() {
    try {
      if (gateId == null) {
        getContext()
            .onFailure(
                new AbortException(
                    "CloudOps: the plan was running when Jenkins restarted; check its history before running it again"));
        return;
      }
      CloudOpsApprovalAction approvals = CloudOpsApprovalAction.on(getContext().get(Run.class));
      CloudOpsApprovalAction.Gate gate =
          approvals
              .gate(gateId)
              .orElseThrow(
                  () -> new AbortException("CloudOps: the approval state of this build was lost"));
      if (gate.getState() == CloudOpsApprovalAction.State.PENDING) {
        approvals.listen(gateId, this);
      } else if (gate.getState() == CloudOpsApprovalAction.State.APPROVED) {
        approved(gate);
      } else {
        rejected(gate);
      }
    } catch (Exception e) {
      getContext().onFailure(e);
    }
  }

  @Override
  public String getStatus() {
    return gateId == null ? "running the plan" : "waiting for approval " + gateId;
  }

  private BuildLog log() throws Exception {
    return new BuildLog(getContext().get(TaskListener.class).getLogger());
  }
}
