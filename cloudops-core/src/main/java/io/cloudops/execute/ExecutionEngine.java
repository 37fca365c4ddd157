package io.cloudops.execute;

import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.execute.approval.ApprovalChecker;
import io.cloudops.execute.approval.ApprovalFunction;
import io.cloudops.execute.approval.ApprovalPolicy;
import io.cloudops.execute.approval.ApprovalRequest;
import io.cloudops.execute.approval.ApprovalRequiredException;
import io.cloudops.execute.approval.ApprovalVerdict;
import io.cloudops.execute.executor.AwsCliExecutor;
import io.cloudops.execute.executor.AwsSdkExecutor;
import io.cloudops.execute.executor.Cancellation;
import io.cloudops.execute.executor.ExecutorContext;
import io.cloudops.execute.executor.ProcessRunner;
import io.cloudops.execute.executor.ScriptExecutor;
import io.cloudops.execute.executor.ScriptSettings;
import io.cloudops.execute.executor.SecretMasker;
import io.cloudops.execute.executor.StepExecutor;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.history.HistoryQuery;
import io.cloudops.execute.risk.PlanRisk;
import io.cloudops.execute.risk.RiskAssessor;
import io.cloudops.log.MessageLog;
import io.cloudops.model.Approval;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RunMode;
import io.cloudops.model.StepKind;
import io.cloudops.text.UntrustedText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Runs plans behind the risk gate: computes the risk locally (the server's label can only raise
 * it), refuses Medium/High plans without valid approvals bound to the plan's digest, runs the steps
 * with the AWS CLI, SDK or script executor, and records everything in the durable history.
 *
 * <p>Build one per job with {@link #builder()}; it does not own the client factory or history.
 */
public final class ExecutionEngine {

  /** Stands for the run's private directory in previews (it is created when the run starts). */
  private static final Path PREVIEW_SANDBOX = Path.of("<sandbox>");

  private final Path dataDir;
  private final AwsClientFactory clients;
  private final String region;
  private final String accountId;
  private final RiskAssessor risk;
  private final ApprovalChecker approvals;
  private final ExecutionHistory history;
  private final Map<StepKind, StepExecutor> executors;
  private final AwsCliVersionCheck awsCliCheck;
  private final ChangedResourcesListener changedResources;
  private final OutputListener output;
  private final MessageLog messages;
  private final Duration stepTimeout;
  private final int maxResourcesPerRun;
  private final int maxSteps;
  private final List<Secret> knownSecrets;
  private final long maxArgumentBytes;
  private final Duration lockWait;
  private final Clock clock;
  private final Map<String, Cancellation> running = new ConcurrentHashMap<>();
  private final Map<String, List<Consumer<String>>> followers = new ConcurrentHashMap<>();
  private final Set<String> liveOutputFailed = ConcurrentHashMap.newKeySet();
  private volatile String resolvedAccount;

  private ExecutionEngine(Builder b) {
    this.dataDir = Objects.requireNonNull(b.dataDir, "dataDir");
    this.clients = Objects.requireNonNull(b.clients, "clients");
    this.region = Objects.requireNonNull(b.region, "region");
    this.accountId = b.accountId;
    this.risk = b.risk;
    this.approvals = new ApprovalChecker(b.approvalPolicy);
    this.history = Objects.requireNonNull(b.history, "history");
    ProcessRunner runner = new ProcessRunner();
    Path awsCli = Objects.requireNonNull(b.awsCli, "awsCli");
    Map<StepKind, StepExecutor> kinds = new EnumMap<>(StepKind.class);
    kinds.put(StepKind.AWS_CLI, new AwsCliExecutor(awsCli, runner));
    kinds.put(StepKind.AWS_SDK, new AwsSdkExecutor(clients));
    kinds.put(StepKind.SCRIPT, new ScriptExecutor(Optional.ofNullable(b.scripts), runner));
    kinds.putAll(b.executors);
    this.executors = Map.copyOf(kinds);
    // the version of an AWS CLI that runs elsewhere (a Jenkins agent) is checked there
    this.awsCliCheck =
        b.executors.containsKey(StepKind.AWS_CLI) ? null : new AwsCliVersionCheck(awsCli);
    this.changedResources = b.changedResources;
    this.output = b.output;
    this.messages = b.messages;
    this.stepTimeout = b.stepTimeout;
    this.maxResourcesPerRun = b.maxResourcesPerRun;
    this.maxSteps = b.maxSteps;
    this.knownSecrets = List.copyOf(b.knownSecrets);
    this.maxArgumentBytes = b.maxArgumentBytes;
    this.lockWait = b.lockWait;
    this.clock = b.clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * What the plan would run, its risk with reasons and the approvals it needs; runs nothing.
   *
   * @throws io.cloudops.execute.executor.UnsafeStepException when a step would be refused
   */
  public PlanReview review(ExecutionRequest request) {
    ExecutionPlan plan = request.plan();
    checkLimits(plan);
    for (PlannedStep step : plan.steps()) {
      executor(step).validate(step, region);
    }
    PlanRisk planRisk = risk.assess(plan, request.serverAssessment());
    int targets = planRisk.targets().size();
    if (targets > maxResourcesPerRun) {
      throw new InvalidInputException(
          "the plan targets "
              + targets
              + " resources, more than the "
              + maxResourcesPerRun
              + " one run may change; split it into smaller plans");
    }
    ExecutorContext preview =
        context(
            "preview",
            Map.of(),
            knownSecretsMasker(),
            new Cancellation(),
            PREVIEW_SANDBOX,
            request.mode() == RunMode.DRY_RUN,
            line -> {});
    List<StepPreview> steps = new ArrayList<>();
    for (int i = 0; i < plan.steps().size(); i++) {
      PlannedStep step = plan.steps().get(i);
      steps.add(
          new StepPreview(
              step.stepId(),
              step.kind(),
              step.description(),
              executor(step).describe(step, preview),
              planRisk.steps().get(i),
              step.script() == null
                  ? null
                  : UntrustedText.visible(preview.masker().mask(step.script()))));
    }
    return new PlanReview(
        plan.digest(),
        planRisk,
        steps,
        approvals.policy().rule(planRisk.level()).requiredApprovers());
  }

  /** Refuses plans that repeat step ids or exceed the configured size limits. */
  private void checkLimits(ExecutionPlan plan) {
    if (!plan.duplicateStepIds().isEmpty()) {
      throw new InvalidInputException(
          "the plan repeats step ids " + plan.duplicateStepIds() + "; every step needs its own id");
    }
    if (plan.steps().size() > maxSteps) {
      throw new InvalidInputException(
          "the plan has "
              + plan.steps().size()
              + " steps, more than the "
              + maxSteps
              + " one plan may have (setting "
              + ExecutionSettings.MAX_PLAN_STEPS
              + "); split it into smaller plans");
    }
    for (PlannedStep step : plan.steps()) {
      long bytes = PlanLimits.argumentBytes(step);
      if (bytes > maxArgumentBytes) {
        throw new InvalidInputException(
            "step "
                + step.stepId()
                + " has "
                + bytes
                + " bytes of arguments, more than the "
                + maxArgumentBytes
                + " one step may have (setting "
                + ExecutionSettings.MAX_STEP_ARGUMENT_BYTES
                + ")");
      }
    }
  }

  /**
   * Runs a plan with the approvals given (a dry run needs none).
   *
   * @throws ApprovalRequiredException when the approvals do not satisfy the policy; nothing ran
   * @throws io.cloudops.execute.executor.UnsafeStepException when a step is refused; nothing ran
   */
  public ExecutionResult execute(ExecutionRequest request, List<Approval> given) {
    return prepare(request, given, List.of()).runHere();
  }

  /**
   * Runs a plan with the approvals given, where {@code notCounted} says why other approvals were
   * not counted before this call (a signature that did not verify); those reasons join the
   * refusal's.
   *
   * @throws ApprovalRequiredException when the approvals do not satisfy the policy; nothing ran,
   *     and the refusal is in the history
   */
  public ExecutionResult execute(
      ExecutionRequest request, List<Approval> given, List<String> notCounted) {
    return prepare(request, given, notCounted).runHere();
  }

  /**
   * Starts a plan on a thread of its own after the same checks as {@link #execute}; returns at once
   * with the execution id, for {@link #status}, {@link #follow} and {@link #cancel}.
   *
   * @throws ApprovalRequiredException when the approvals do not satisfy the policy; nothing ran
   */
  public ExecutionHandle start(ExecutionRequest request, List<Approval> given) {
    Prepared prepared = prepare(request, given, List.of());
    CompletableFuture<ExecutionResult> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(prepared.runHere());
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            },
            "cloudops-execution-" + prepared.id());
    thread.setDaemon(true);
    thread.start();
    return new ExecutionHandle(prepared.id(), result);
  }

  /**
   * Streams a running execution's output lines (masked) to {@code lines} as they arrive.
   *
   * @return stops following
   */
  public Runnable follow(String executionId, Consumer<String> lines) {
    followers.computeIfAbsent(executionId, k -> new CopyOnWriteArrayList<>()).add(lines);
    return () -> {
      List<Consumer<String>> list = followers.get(executionId);
      if (list != null) {
        list.remove(lines);
      }
    };
  }

  /**
   * Records that a plan was refused before its review completed (a step the executor refuses, too
   * many targets), with the reason; for front ends that review a plan before executing it.
   */
  public void recordRefusal(ExecutionRequest request, InvalidInputException why) {
    Decisions.refusedStep(this, risk, request, why);
  }

  private Prepared prepare(
      ExecutionRequest request, List<Approval> given, List<String> notCounted) {
    PlanReview review;
    try {
      review = review(request);
    } catch (InvalidInputException refused) {
      try {
        recordRefusal(request, refused);
      } catch (RuntimeException notRecorded) {
        refused.addSuppressed(notRecorded);
      }
      throw refused;
    }
    List<Approval> accepted = List.of();
    if (request.mode() == RunMode.EXECUTE) {
      ApprovalVerdict verdict =
          approvals.check(
              review.digest(),
              review.risk().level(),
              request.requestedBy(),
              given,
              clock.instant());
      if (!verdict.granted()) {
        throw Decisions.notGranted(this, request, review, given, notCounted, verdict);
      }
      accepted = verdict.accepted();
    }
    if (awsCliCheck != null
        && request.plan().steps().stream().anyMatch(step -> step.kind() == StepKind.AWS_CLI)) {
      awsCliCheck.requireVersion2();
    }
    String id =
        Decisions.newId(
            request.mode() == RunMode.DRY_RUN ? DecisionKind.DRY_RUN : DecisionKind.EXECUTION);
    Cancellation cancellation = new Cancellation();
    running.put(id, cancellation);
    return new Prepared(
        new PlanRun(this, request, review, accepted, id, cancellation), request.mode(), id);
  }

  /** A checked plan, registered under its id, ready to run. */
  private final class Prepared {
    private final PlanRun run;
    private final RunMode mode;
    private final String id;

    Prepared(PlanRun run, RunMode mode, String id) {
      this.run = run;
      this.mode = mode;
      this.id = id;
    }

    String id() {
      return id;
    }

    ExecutionResult runHere() {
      try {
        return mode == RunMode.DRY_RUN ? run.dryRun() : run.run();
      } finally {
        running.remove(id);
        followers.remove(id);
      }
    }
  }

  /**
   * Runs a plan, asking {@code approvalFunction} for approvals when its risk level needs them (not
   * for dry runs). The approvals returned are checked like any others.
   */
  public ExecutionResult executeWithApproval(
      ExecutionRequest request, ApprovalFunction approvalFunction) {
    PlanReview review = review(request);
    List<Approval> given = List.of();
    if (request.mode() == RunMode.EXECUTE && review.requiredApprovers() > 0) {
      given =
          approvalFunction.approve(
              new ApprovalRequest(
                  request.plan(),
                  review.digest(),
                  review.risk(),
                  request.requestedBy(),
                  review.requiredApprovers()));
    }
    return execute(request, given == null ? List.of() : given);
  }

  /** An execution's record (status, steps, transitions), by id. */
  public Optional<ExecutionRecord> status(String executionId) {
    return history.get(executionId);
  }

  /** Past executions, newest first. */
  public List<ExecutionRecord> history(HistoryQuery query) {
    return history.query(query);
  }

  /**
   * Cancels a running execution of this engine: kills its current process tree and runs no further
   * step.
   *
   * @return whether it was running
   */
  public boolean cancel(String executionId) {
    Cancellation cancellation = running.get(executionId);
    if (cancellation == null) {
      return false;
    }
    cancellation.cancel();
    return true;
  }

  // --- package-private: used by PlanRun ---

  StepExecutor executor(PlannedStep step) {
    return executors.get(step.kind());
  }

  ExecutorContext context(
      String executionId,
      Map<String, String> awsEnvironment,
      SecretMasker masker,
      Cancellation cancellation,
      Path sandbox,
      boolean dryRun,
      Consumer<String> lines) {
    return new ExecutorContext(
        executionId,
        region,
        awsEnvironment,
        clients.endpointOverride().orElse(null),
        sandbox,
        stepTimeout,
        dryRun,
        cancellation,
        masker,
        lines);
  }

  /** Masks the front end's secrets and anything that looks like an AWS credential. */
  SecretMasker knownSecretsMasker() {
    return new SecretMasker(knownSecrets);
  }

  /** CLI credentials from the client factory's provider, and the secrets to mask. */
  CliCredentials cliCredentials() {
    AwsCredentials credentials = clients.credentialsProvider().resolveCredentials();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
    env.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
    List<Secret> secrets = new ArrayList<>(knownSecrets);
    secrets.add(Secret.of(credentials.secretAccessKey()));
    if (credentials instanceof AwsSessionCredentials session) {
      env.put("AWS_SESSION_TOKEN", session.sessionToken());
      secrets.add(Secret.of(session.sessionToken()));
    }
    return new CliCredentials(env, new SecretMasker(secrets));
  }

  /** Environment for CLI processes and the masker for their output. */
  record CliCredentials(Map<String, String> environment, SecretMasker masker) {
    @Override
    public String toString() {
      return "CliCredentials[****]";
    }
  }

  String account() {
    if (accountId != null) {
      return accountId;
    }
    if (resolvedAccount == null) {
      try (StsClient sts = clients.client(StsClient.builder(), region)) {
        resolvedAccount = sts.getCallerIdentity().account();
      } catch (RuntimeException e) {
        throw new CloudOpsException(
            "Cannot find the AWS account for "
                + clients.credentials().describe()
                + ": "
                + e.getMessage()
                + "; check the credentials or set the account id",
            e);
      }
    }
    return resolvedAccount;
  }

  AccountRegionLock lock() {
    return AccountRegionLock.acquire(dataDir, account(), region, lockWait);
  }

  ExecutionHistory historyLog() {
    return history;
  }

  /** Hands a line to the engine's listener and to the execution's followers. */
  void emit(String executionId, String stepId, String line) {
    output.line(executionId, stepId, line);
    if (!liveOutputFailed.contains(executionId)) {
      try {
        history.live().append(executionId, stepId, line);
      } catch (RuntimeException e) {
        // the live copy is for watching only; the step's output still reaches the history
        liveOutputFailed.add(executionId);
      }
    }
    for (Consumer<String> follower : followers.getOrDefault(executionId, List.of())) {
      follower.accept(line);
    }
  }

  ChangedResourcesListener changedResources() {
    return changedResources;
  }

  MessageLog messages() {
    return messages;
  }

  Clock clock() {
    return clock;
  }

  String region() {
    return region;
  }

  /** Settings of an engine. */
  public static final class Builder {
    private Path dataDir;
    private Path awsCli;
    private AwsClientFactory clients;
    private String region;
    private String accountId;
    private RiskAssessor risk;
    private int maxSteps = PlanLimits.DEFAULT_MAX_STEPS;
    private List<Secret> knownSecrets = List.of();
    private long maxArgumentBytes = PlanLimits.DEFAULT_MAX_ARGUMENT_BYTES;
    private ApprovalPolicy approvalPolicy = ApprovalPolicy.DEFAULT;
    private ExecutionHistory history;
    private ScriptSettings scripts;
    private ChangedResourcesListener changedResources = ChangedResourcesListener.none();
    private OutputListener output = OutputListener.none();
    private MessageLog messages = new MessageLog();
    private Duration stepTimeout = Duration.ofMinutes(10);
    private int maxResourcesPerRun = 50;
    private Duration lockWait = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private final Map<StepKind, StepExecutor> executors = new EnumMap<>(StepKind.class);

    private Builder() {}

    /**
     * Runs steps of {@code kind} with {@code executor} instead of the engine's own (the Jenkins
     * plugin runs AWS CLI and SDK steps on the agent of the enclosing {@code node {}}).
     */
    public Builder executor(StepKind kind, StepExecutor executor) {
      executors.put(
          Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(executor, "executor"));
      return this;
    }

    /** Where locks live ({@code <data-dir>/locks}). */
    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** The AWS CLI v2 binary ({@code CloudOpsSettings.awsCli()}). */
    public Builder awsCli(Path awsCli) {
      this.awsCli = awsCli;
      return this;
    }

    /** Credentials and endpoint for the SDK executor and for CLI processes; not closed here. */
    public Builder clients(AwsClientFactory clients) {
      this.clients = clients;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /** The account the credentials act in; found with STS GetCallerIdentity when not set. */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    public Builder risk(RiskAssessor risk) {
      this.risk = risk;
      return this;
    }

    public Builder approvalPolicy(ApprovalPolicy approvalPolicy) {
      this.approvalPolicy = Objects.requireNonNull(approvalPolicy, "approvalPolicy");
      return this;
    }

    public Builder history(ExecutionHistory history) {
      this.history = history;
      return this;
    }

    /** Allows script steps, run this way; without it scripts are refused. */
    public Builder scripts(ScriptSettings scripts) {
      this.scripts = scripts;
      return this;
    }

    public Builder changedResources(ChangedResourcesListener listener) {
      this.changedResources = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public Builder output(OutputListener output) {
      this.output = Objects.requireNonNull(output, "output");
      return this;
    }

    /** Where warnings (a failed re-scan callback) are collected for the front end. */
    public Builder messages(MessageLog messages) {
      this.messages = Objects.requireNonNull(messages, "messages");
      return this;
    }

    public Builder stepTimeout(Duration stepTimeout) {
      this.stepTimeout = Objects.requireNonNull(stepTimeout, "stepTimeout");
      return this;
    }

    /** A plan naming more resources than this is refused. Default 50. */
    /**
     * Secrets of the front end (the planning server's token, the store key) that are masked in
     * every review, dry run, output line and history entry, like the AWS keys.
     */
    public Builder maskSecrets(List<Secret> secrets) {
      this.knownSecrets = List.copyOf(secrets);
      return this;
    }

    /** The limits of {@link ExecutionSettings}: steps per plan and argument bytes per step. */
    public Builder limits(ExecutionSettings settings) {
      return maxSteps(settings.maxPlanSteps()).maxArgumentBytes(settings.maxStepArgumentBytes());
    }

    /** At most this many steps in one plan (default {@link PlanLimits#DEFAULT_MAX_STEPS}). */
    public Builder maxSteps(int maxSteps) {
      if (maxSteps < 1) {
        throw new InvalidInputException("maximum steps per plan must be positive: " + maxSteps);
      }
      this.maxSteps = maxSteps;
      return this;
    }

    /**
     * At most this many bytes of arguments, parameters or script in one step (default {@link
     * PlanLimits#DEFAULT_MAX_ARGUMENT_BYTES}).
     */
    public Builder maxArgumentBytes(long maxArgumentBytes) {
      if (maxArgumentBytes < 1) {
        throw new InvalidInputException(
            "maximum argument bytes per step must be positive: " + maxArgumentBytes);
      }
      this.maxArgumentBytes = maxArgumentBytes;
      return this;
    }

    public Builder maxResourcesPerRun(int maxResourcesPerRun) {
      if (maxResourcesPerRun < 1) {
        throw new IllegalArgumentException("maxResourcesPerRun must be positive");
      }
      this.maxResourcesPerRun = maxResourcesPerRun;
      return this;
    }

    /** How long to wait for another plan in the same account and region. Default 30 s. */
    public Builder lockWait(Duration lockWait) {
      this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public ExecutionEngine build() {
      if (risk == null) {
        risk = RiskAssessor.withDefaults();
      }
      return new ExecutionEngine(this);
    }
  }
}
