package io.cloudops.jenkins.engines;

import hudson.AbortException;
import hudson.Launcher;
import io.cloudops.CloudOpsException;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsRegion;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.datadir.DataDir;
import io.cloudops.execute.ExecutionEngine;
import io.cloudops.execute.PlanReview;
import io.cloudops.execute.approval.ApprovalRequiredException;
import io.cloudops.execute.risk.EstateResourceLookup;
import io.cloudops.execute.risk.ResourceLookup;
import io.cloudops.execute.risk.RiskAssessor;
import io.cloudops.jenkins.JenkinsSettingHints;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.agent.AgentCliExecutor;
import io.cloudops.jenkins.agent.AgentSdkExecutor;
import io.cloudops.jenkins.agent.CallerAccount;
import io.cloudops.jenkins.agent.FindAwsCli;
import io.cloudops.jenkins.agent.WorkPlace;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.spi.GrantedApprovals;
import io.cloudops.jenkins.spi.PlanRunner;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.log.MessageLog;
import io.cloudops.model.ExecutionOrigin;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.RunMode;
import io.cloudops.model.StepKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Assesses and runs plans with the core's risk assessor and {@link ExecutionEngine}, over the data
 * dir opened through the core's {@link DataDir} (the same key ring, history, production tags, plan
 * limits and masking as the CLI). The production rule reads the targets' tags from the configured
 * store; the history stays in the controller's data dir. Inside {@code node {}} every AWS call and
 * every {@code aws} process happens on that node: AWS CLI steps start through the step's launcher
 * ({@link AgentCliExecutor}), SDK steps and the account lookup run as callables there ({@link
 * AgentSdkExecutor}, {@link CallerAccount}). Every output line is streamed to the build log.
 */
public final class CorePlanRunner implements PlanRunner {

  /** Who the engine records as the requester when no user started the build. */
  static final String REQUESTER = "jenkins";

  /**
   * Where the store is configured, for callers that do not pass the build's own {@link
   * StoreSettings} (the steps do).
   */
  @FunctionalInterface
  public interface StoreSettingsSource {
    StoreSettings get() throws IOException;
  }

  private final StoreProvider stores;
  private final StoreSettingsSource settings;
  private final Supplier<String> awsCli;
  private final Supplier<ExecutionSettings> execution;

  /**
   * @param awsCli the configured AWS CLI on the nodes (null: {@code /usr/bin/aws}, else {@code aws}
   *     on the node's PATH; {@link FindAwsCli})
   * @param execution plan limits and production tags
   */
  public CorePlanRunner(
      StoreProvider stores,
      StoreSettingsSource settings,
      Supplier<String> awsCli,
      Supplier<ExecutionSettings> execution) {
    this.stores = stores;
    this.settings = settings;
    this.awsCli = awsCli;
    this.execution = execution;
  }

  /** With the default AWS CLI and the default plan limits and production tags. */
  public CorePlanRunner(StoreProvider stores, StoreSettingsSource settings) {
    this(stores, settings, () -> null, () -> ExecutionSettings.DEFAULT);
  }

  @Override
  public RiskLevel assess(ExecutionPlan plan, RiskLevel claimed) {
    try {
      return assess(plan, claimed, settings.get());
    } catch (IOException e) {
      // no store, so no tags: the IAM rules alone
      return RiskAssessor.withDefaults().assess(plan, claim(claimed)).level().max(claimed);
    }
  }

  @Override
  public RiskLevel assess(ExecutionPlan plan, RiskLevel claimed, StoreSettings store) {
    try (StoreProvider.OpenStores open = stores.open(store)) {
      return assessor(store, new EstateResourceLookup(open.estate()))
          .assess(plan, claim(claimed))
          .level()
          .max(claimed);
    } catch (IOException | CloudOpsException e) {
      // the production rule cannot see tags; the local IAM rules still apply
      return assessor(store, ResourceLookup.none())
          .assess(plan, claim(claimed))
          .level()
          .max(claimed);
    }
  }

  @Override
  public ExecutionResult run(
      ExecutionPlan plan,
      ResolvedAws aws,
      boolean dryRun,
      GrantedApprovals approvals,
      PrintStream output)
      throws IOException, InterruptedException {
    return run(plan, aws, dryRun, approvals, output, settings.get());
  }

  @Override
  public ExecutionResult run(
      ExecutionPlan plan,
      ResolvedAws aws,
      boolean dryRun,
      GrantedApprovals approvals,
      PrintStream output,
      StoreSettings store)
      throws IOException, InterruptedException {
    return run(plan, aws, dryRun, approvals, output, store, WorkPlace.CONTROLLER, null);
  }

  @Override
  public ExecutionResult run(
      ExecutionPlan plan,
      ResolvedAws aws,
      boolean dryRun,
      GrantedApprovals approvals,
      PrintStream output,
      StoreSettings store,
      WorkPlace place,
      ExecutionOrigin origin)
      throws IOException, InterruptedException {
    try (StoreProvider.OpenStores open = stores.open(store);
        AwsClientFactory clients = clients(aws)) {
      MessageLog messages = new MessageLog();
      ExecutionEngine.Builder builder =
          engine(open, clients, aws, store)
              .approvalPolicy(approvals.policy())
              .messages(messages)
              .changedResources(
                  changed ->
                      output.println(
                          "step "
                              + changed.stepId()
                              + " changed "
                              + String.join(", ", changed.targets())
                              + "; run cloudopsScan to refresh the estate"))
              .output(
                  (id, step, line) -> {
                    output.println(line);
                    output.flush();
                  })
              .stepTimeout(Duration.ofMinutes(10));
      workOn(place, plan, builder, clients, aws);
      ExecutionResult result =
          builder
              .build()
              .execute(
                  new ExecutionRequest(
                      "jenkins",
                      plan,
                      requester(approvals),
                      null,
                      dryRun ? RunMode.DRY_RUN : RunMode.EXECUTE,
                      origin),
                  approvals.approvals());
      messages
          .entries()
          .forEach(
              m -> output.println(m.severity().name().toLowerCase(Locale.ROOT) + ": " + m.text()));
      if (Thread.interrupted()) {
        throw new InterruptedException("CloudOps: the execution was interrupted");
      }
      return result;
    } catch (ApprovalRequiredException e) {
      throw new AbortException("CloudOps: the engine refused the approvals: " + e.getMessage());
    } catch (CloudOpsException e) {
      throw new AbortException(JenkinsSettingHints.describe("", e));
    }
  }

  /**
   * Points the engine at the place the work runs: the AWS CLI found there (looked for only when the
   * plan has AWS CLI steps); on a node, its CLI and SDK steps and the account lookup run there.
   */
  private void workOn(
      WorkPlace place,
      ExecutionPlan plan,
      ExecutionEngine.Builder builder,
      AwsClientFactory clients,
      ResolvedAws aws)
      throws IOException, InterruptedException {
    boolean cliSteps = plan.steps().stream().anyMatch(s -> s.kind() == StepKind.AWS_CLI);
    Path cli =
        cliSteps
            ? FindAwsCli.on(place, awsCli.get())
            : Path.of(Optional.ofNullable(awsCli.get()).orElse("aws"));
    builder.awsCli(cli);
    if (place.onController()) {
      return;
    }
    Launcher launcher =
        place
            .launcher()
            .orElseThrow(
                () ->
                    new AbortException(
                        "CloudOps: "
                            + place.nodeName()
                            + " gave the step no launcher to start the AWS CLI with"));
    builder
        .executor(StepKind.AWS_CLI, new AgentCliExecutor(cli, launcher, place.workspace().get()))
        .executor(StepKind.AWS_SDK, new AgentSdkExecutor(clients, place))
        .accountId(CallerAccount.on(place, aws.credentials(), aws.endpoint().orElse(null)));
  }

  /**
   * The build's starter as the engine's requester (the engine then refuses that person's approval
   * itself); the review already refused every starter with the same core checker.
   */
  private static String requester(GrantedApprovals approvals) {
    return approvals.requesters().stream().sorted().findFirst().orElse(REQUESTER);
  }

  /**
   * The engine's own review of the plan: each step's argv as the executor would run it, the
   * targets, and the risk with the engine's reasons (never lower than the server's claim). Runs
   * nothing and calls no AWS service, so it runs here.
   */
  @Override
  public PlanReview review(
      ExecutionPlan plan, RiskLevel claimed, ResolvedAws aws, StoreSettings store)
      throws IOException {
    try (StoreProvider.OpenStores open = stores.open(store);
        AwsClientFactory clients = clients(aws)) {
      return engine(open, clients, aws, store)
          .build()
          .review(
              new ExecutionRequest("jenkins", plan, REQUESTER, claim(claimed), RunMode.DRY_RUN));
    } catch (CloudOpsException e) {
      throw new AbortException(JenkinsSettingHints.describe("", e));
    }
  }

  private static AwsClientFactory clients(ResolvedAws aws) {
    return AwsClientFactory.builder()
        .credentials(aws.credentials())
        .endpointOverride(aws.endpoint().orElse(null))
        .build();
  }

  private ExecutionEngine.Builder engine(
      StoreProvider.OpenStores open,
      AwsClientFactory clients,
      ResolvedAws aws,
      StoreSettings store) {
    return DataDirs.open(store, execution.get())
        .engine(clients, new EstateResourceLookup(open.estate()), Clock.systemUTC())
        .region(aws.region().orElse(AwsRegion.DEFAULT));
  }

  private RiskAssessor assessor(StoreSettings store, ResourceLookup lookup) {
    return DataDirs.open(store, execution.get()).riskAssessor(lookup);
  }

  private static RiskAssessment claim(RiskLevel claimed) {
    return new RiskAssessment(claimed, "", List.of());
  }
}
