package io.cloudops.jenkins.engines;

import hudson.AbortException;
import io.cloudops.CloudOpsException;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.execute.ExecutionEngine;
import io.cloudops.execute.PlanReview;
import io.cloudops.execute.approval.ApprovalRequiredException;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.risk.EstateResourceLookup;
import io.cloudops.execute.risk.IamAccessLevels;
import io.cloudops.execute.risk.ResourceLookup;
import io.cloudops.execute.risk.RiskAssessor;
import io.cloudops.execute.risk.RiskPolicy;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.spi.GrantedApprovals;
import io.cloudops.jenkins.spi.PlanRunner;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.jenkins.spi.StoreSettings;
import io.cloudops.log.MessageLog;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.RunMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Assesses and runs plans with the core's {@link RiskAssessor} and {@link ExecutionEngine}: the
 * production rule reads the targets' tags from the configured store, the history lives in the
 * store's data dir (encrypted with the configured key), AWS CLI steps run {@code awsCli} with the
 * step's credentials and endpoint, and every output line is streamed to the build log.
 */
public final class CorePlanRunner implements PlanRunner {

  /** Who the engine records as the requester when no user started the build. */
  static final String REQUESTER = "jenkins";

  private static final String DEFAULT_REGION = "us-east-1";

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
  private final Path awsCli;

  /**
   * @param awsCli the AWS CLI v2 binary ({@link CloudOpsSettings#DEBIAN_AWS_CLI} by default)
   */
  public CorePlanRunner(StoreProvider stores, StoreSettingsSource settings, Path awsCli) {
    this.stores = stores;
    this.settings = settings;
    this.awsCli = awsCli;
  }

  /** With the AWS CLI the core would use ({@code /usr/bin/aws} when present). */
  public CorePlanRunner(StoreProvider stores, StoreSettingsSource settings) {
    this(stores, settings, CloudOpsSettings.builder().build().awsCli());
  }

  @Override
  public RiskLevel assess(ExecutionPlan plan, RiskLevel claimed) {
    try {
      return assess(plan, claimed, settings.get());
    } catch (IOException e) {
      return assessor(ResourceLookup.none()).assess(plan, claim(claimed)).level().max(claimed);
    }
  }

  @Override
  public RiskLevel assess(ExecutionPlan plan, RiskLevel claimed, StoreSettings store) {
    try (StoreProvider.Stores open = stores.open(store)) {
      return assessor(new EstateResourceLookup(open.estate()))
          .assess(plan, claim(claimed))
          .level()
          .max(claimed);
    } catch (IOException | CloudOpsException e) {
      // the production rule cannot see tags; the local IAM rules still apply
      return assessor(ResourceLookup.none()).assess(plan, claim(claimed)).level().max(claimed);
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
    try (StoreProvider.Stores open = stores.open(store);
        AwsClientFactory clients = clients(aws)) {
      MessageLog messages = new MessageLog();
      ExecutionEngine engine =
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
              .stepTimeout(Duration.ofMinutes(10))
              .build();
      ExecutionResult result =
          engine.execute(
              new ExecutionRequest(
                  "jenkins",
                  plan,
                  requester(approvals),
                  null,
                  dryRun ? RunMode.DRY_RUN : RunMode.EXECUTE),
              approvals.approvals());
      messages
          .entries()
          .forEach(
              m ->
                  output.println(
                      m.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + m.text()));
      if (Thread.interrupted()) {
        throw new InterruptedException("CloudOps: the execution was interrupted");
      }
      return result;
    } catch (ApprovalRequiredException e) {
      throw new AbortException("CloudOps: the engine refused the approvals: " + e.getMessage());
    } catch (CloudOpsException e) {
      throw new AbortException("CloudOps: " + e.getMessage());
    }
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
   * targets, and the risk with the engine's reasons (never lower than the server's claim).
   */
  @Override
  public PlanReview review(
      ExecutionPlan plan, RiskLevel claimed, ResolvedAws aws, StoreSettings store)
      throws IOException {
    try (StoreProvider.Stores open = stores.open(store);
        AwsClientFactory clients = clients(aws)) {
      return engine(open, clients, aws, store)
          .build()
          .review(
              new ExecutionRequest("jenkins", plan, REQUESTER, claim(claimed), RunMode.DRY_RUN));
    } catch (CloudOpsException e) {
      throw new AbortException("CloudOps: " + e.getMessage());
    }
  }

  private static AwsClientFactory clients(ResolvedAws aws) {
    return AwsClientFactory.builder()
        .credentials(aws.credentials())
        .endpointOverride(aws.endpoint().orElse(null))
        .build();
  }

  private ExecutionEngine.Builder engine(
      StoreProvider.Stores open, AwsClientFactory clients, ResolvedAws aws, StoreSettings store) {
    return ExecutionEngine.builder()
        .dataDir(store.dataDir())
        .awsCli(awsCli)
        .clients(clients)
        .region(aws.region().orElse(DEFAULT_REGION))
        .risk(assessor(new EstateResourceLookup(open.estate())))
        .history(history(store));
  }

  private static ExecutionHistory history(StoreSettings store) {
    return ExecutionHistory.open(
        store.dataDir(),
        new AesGcmCipher(KeyFiles.load(store.dataDir(), CoreStoreProvider.env(store))),
        Clock.systemUTC());
  }

  private static RiskAssessor assessor(ResourceLookup lookup) {
    return new RiskAssessor(IamAccessLevels.bundled(), RiskPolicy.DEFAULT, lookup);
  }

  private static RiskAssessment claim(RiskLevel claimed) {
    return new RiskAssessment(claimed, "", List.of());
  }
}
