package io.cloudops.jenkins.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Item;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.MutableClock;
import io.cloudops.jenkins.TestRun;
import io.cloudops.jenkins.TestServices;
import io.cloudops.jenkins.TestStepContext;
import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.spi.PlanRunner;
import io.cloudops.json.Json;
import io.cloudops.model.Approval;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.ServerResponse;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.interceptor.RequirePOST;

class CloudOpsExecuteStepTest {

  private static final String SECRET = "bound-secret-key-123";
  private static final EnvVars AWS =
      new EnvVars(
          "AWS_ACCESS_KEY_ID", "AKIABOUND0000001",
          "AWS_SECRET_ACCESS_KEY", SECRET,
          "AWS_REGION", "eu-west-1");

  @TempDir Path home;
  private FakeJenkins jenkins;
  private MutableClock clock;
  private RecordingRunner runner;
  private TestRun run;

  /** Records what it ran; prints the secret to prove the output is masked. */
  static final class RecordingRunner implements PlanRunner {
    final List<List<Approval>> runs = new CopyOnWriteArrayList<>();
    final List<Boolean> dryRuns = new CopyOnWriteArrayList<>();
    RiskLevel assessed;

    @Override
    public RiskLevel assess(ExecutionPlan plan, RiskLevel claimed) {
      return assessed == null ? claimed : assessed;
    }

    @Override
    public ExecutionResult run(
        ExecutionPlan plan,
        ResolvedAws aws,
        boolean dryRun,
        List<Approval> approvals,
        PrintStream out) {
      runs.add(approvals);
      dryRuns.add(dryRun);
      out.println("aws ec2 stop-instances --instance-ids i-0abc1234 (key " + SECRET + ")");
      Instant now = Instant.parse("2026-11-25T10:00:00Z");
      return new ExecutionResult(
          "exec-1", ExecutionStatus.SUCCESS, "done", null, now, now, 5L, List.of());
    }
  }

  @BeforeEach
  void setUp() {
    jenkins = new FakeJenkins(home);
    jenkins.configuration().setMediumApprovers("bob, carol");
    jenkins.configuration().setHighApprovers("alice, bob, carol");
    clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    runner = new RecordingRunner();
    run = new TestRun("deploy", 5).startedBy("alice");
  }

  private String propose(String risk) {
    String json =
        """
        {"response_type":"Command","content":"Stop it.",
         "execution_plan":{"steps":[{"step_id":"1","command":"ec2",
           "args":["stop-instances","--instance-ids","i-0abc1234"],"description":"stop"}]},
         "requires_approval":true,
         "risk_assessment":{"level":"%s","summary":"one instance","reasons":["writes"]}}
        """
            .formatted(risk);
    ServerResponse response = Json.read(json, ServerResponse.class, "test answer");
    CloudOpsPlanAction action = CloudOpsPlanAction.of(response, clock.instant()).orElseThrow();
    run.addAction(action);
    return action.getDigest();
  }

  private TestStepContext context;
  private StepExecution execution;

  private void execute(CloudOpsExecuteStep step) throws Exception {
    context = new TestStepContext(run, AWS);
    execution =
        step.withServices(new TestServices(jenkins).with(runner).with(clock)).start(context);
    execution.start();
  }

  private CloudOpsExecuteStep stepFor(String digest) {
    CloudOpsExecuteStep step = new CloudOpsExecuteStep();
    step.setPlan(Map.of("planDigest", digest, "risk", "Low"));
    return step;
  }

  private CloudOpsApprovalAction approvals() {
    return run.getAction(CloudOpsApprovalAction.class);
  }

  private String gateId() {
    return approvals().getGates().get(0).getId();
  }

  @Test
  void lowRisk_runsWithoutApproval_andReturnsTheResult() throws Exception {
    execute(stepFor(propose("Low")));

    assertThat(context.await()).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) context.await()).get("status")).isEqualTo("Success");
    assertThat(runner.runs).containsExactly(List.of());
    assertThat(approvals()).isNull();
  }

  @Test
  void mediumRisk_waitsForApproval_thenRunsRecordingTheApprover() throws Exception {
    execute(stepFor(propose("Medium")));

    assertThat(context.finishesWithin(300)).isFalse();
    assertThat(runner.runs).isEmpty();
    assertThat(context.log()).contains("waiting for 1 approval(s) from bob, carol");
    assertThat(approvals().getGates().get(0).getMessage())
        .contains("1. aws ec2 stop-instances --instance-ids i-0abc1234  -- stop", "reason: writes");

    CloudOpsApprovalAction.Outcome outcome =
        approvals().approve(gateId(), "bob", "ok", clock.instant());

    assertThat(outcome.accepted()).isTrue();
    context.await();
    assertThat(runner.runs).hasSize(1);
    assertThat(runner.runs.get(0)).extracting(Approval::approver).containsExactly("bob");
    CloudOpsExecutionAction history = run.getAction(CloudOpsExecutionAction.class);
    assertThat(history.getEntries().get(0).getApprovers()).containsExactly("bob");
  }

  @Test
  void highRisk_needsTwoDistinctApprovers() throws Exception {
    execute(stepFor(propose("High")));

    assertThat(approvals().approve(gateId(), "bob", null, clock.instant()).message())
        .contains("1 more approval(s) needed");
    CloudOpsApprovalAction.Outcome again =
        approvals().approve(gateId(), "bob", null, clock.instant());
    assertThat(again.status()).isEqualTo(403);
    assertThat(again.message()).contains("bob already approved this plan");
    assertThat(context.finishesWithin(200)).isFalse();

    approvals().approve(gateId(), "carol", null, clock.instant());

    context.await();
    assertThat(runner.runs.get(0)).extracting(Approval::approver).containsExactly("bob", "carol");
  }

  @Test
  void theUserWhoStartedTheBuild_cannotApprove() throws Exception {
    execute(stepFor(propose("High")));

    CloudOpsApprovalAction.Outcome outcome =
        approvals().approve(gateId(), "alice", null, clock.instant());

    assertThat(outcome.status()).isEqualTo(403);
    assertThat(outcome.message()).contains("started the build cannot approve");
    assertThat(approvals().getGates().get(0).getApprovals()).isEmpty();
  }

  @Test
  void someoneWhoIsNotAnApprover_isRefused() throws Exception {
    execute(stepFor(propose("Medium")));

    CloudOpsApprovalAction.Outcome outcome =
        approvals().approve(gateId(), "mallory", null, clock.instant());

    assertThat(outcome.status()).isEqualTo(403);
    assertThat(outcome.message()).contains("not one of the configured Medium approvers");
  }

  @Test
  void aRejection_failsTheStep_andLaterDecisionsAreRefused() throws Exception {
    execute(stepFor(propose("Medium")));

    approvals().reject(gateId(), "carol", clock.instant());

    assertThatThrownBy(context::await)
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("rejected by carol");
    CloudOpsApprovalAction.Outcome late =
        approvals().approve(gateId(), "bob", null, clock.instant());
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.message()).contains("already decided");
    assertThat(runner.runs).isEmpty();
  }

  @Test
  void anExpiredApproval_isNotCounted() throws Exception {
    execute(stepFor(propose("High")));
    approvals().approve(gateId(), "bob", null, clock.instant());
    clock.advance(Duration.ofHours(25));

    CloudOpsApprovalAction.Outcome carol =
        approvals().approve(gateId(), "carol", null, clock.instant());

    assertThat(carol.message()).contains("1 more approval(s) needed");
    assertThat(context.finishesWithin(200)).isFalse();
    approvals().approve(gateId(), "bob", "again", clock.instant());
    context.await();
    assertThat(runner.runs.get(0)).extracting(Approval::approver).containsExactly("carol", "bob");
  }

  @Test
  void aPlanNotProposedInThisBuild_isRefused() {
    assertThatThrownBy(() -> execute(stepFor("f".repeat(64))))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("was not proposed by cloudopsAsk in this build");
  }

  @Test
  void theEngineCanRaiseTheRisk_soALowClaimStillWaits() throws Exception {
    runner.assessed = RiskLevel.MEDIUM;

    execute(stepFor(propose("Low")));

    assertThat(context.finishesWithin(200)).isFalse();
    assertThat(approvals().getGates().get(0).getRisk()).isEqualTo("Medium");
  }

  @Test
  void aDryRun_needsNoApproval_andIsPassedOn() throws Exception {
    CloudOpsExecuteStep step = stepFor(propose("High"));
    step.setDryRun(true);

    execute(step);

    context.await();
    assertThat(runner.dryRuns).containsExactly(true);
  }

  @Test
  void tooFewConfiguredApprovers_abortsBeforeWaiting() {
    jenkins.configuration().setHighApprovers("bob");

    assertThatThrownBy(() -> execute(stepFor(propose("High"))))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("needs 2 approver(s), but 1 are configured");
  }

  @Test
  void theOutputStreamsToTheLog_withTheSecretMasked() throws Exception {
    execute(stepFor(propose("Low")));
    context.await();

    assertThat(context.log())
        .contains("aws ec2 stop-instances --instance-ids i-0abc1234 (key ****)")
        .doesNotContain(SECRET);
  }

  @Test
  void abortingWhileWaiting_closesTheGate() throws Exception {
    execute(stepFor(propose("Medium")));

    execution.stop(new InterruptedException("aborted"));

    assertThatThrownBy(context::await).isInstanceOf(InterruptedException.class);
    assertThat(approvals().getGates().get(0).getState())
        .isEqualTo(CloudOpsApprovalAction.State.ABORTED);
    assertThat(approvals().approve(gateId(), "bob", null, clock.instant()).status()).isEqualTo(409);
  }

  @Test
  void afterARestart_anApprovalGivenMeanwhile_isPickedUp() throws Exception {
    execute(stepFor(propose("Medium")));
    approvals()
        .listen(
            gateId(),
            new CloudOpsApprovalAction.Listener() {
              @Override
              public void approved(CloudOpsApprovalAction.Gate gate) {}

              @Override
              public void rejected(CloudOpsApprovalAction.Gate gate) {}
            });
    approvals().approve(gateId(), "bob", null, clock.instant());
    assertThat(context.finishesWithin(200)).isFalse();

    execution.onResume();

    context.await();
    assertThat(runner.runs.get(0)).extracting(Approval::approver).containsExactly("bob");
  }

  @Test
  void theWaitingState_isSerializable_andHoldsNoSecret() throws Exception {
    CloudOpsExecuteStep step = stepFor(propose("Medium"));
    step.setCredentialsId(null);
    execute(step);

    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(execution);
    }
    String serialized = bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThat(serialized).contains(approvals().getGates().get(0).getDigest()).contains(gateId());
    assertThat(serialized).doesNotContain(SECRET).doesNotContain("AKIABOUND0000001");
  }

  @Test
  void webMethods_arePostOnly_andAskForJobRead() throws Exception {
    for (Method method : CloudOpsApprovalAction.class.getDeclaredMethods()) {
      if (method.getName().startsWith("do")) {
        assertThat(method.isAnnotationPresent(RequirePOST.class)).as(method.getName()).isTrue();
      }
    }
    execute(stepFor(propose("Medium")));
    CloudOpsApprovalAction action =
        approvals().withServices(new TestServices(jenkins.actingAs("bob")).with(clock));

    assertThatHttp(action.doApprove(gateId(), null)).contains("403").contains("Job/Read");

    jenkins.grant(Item.READ);
    assertThatHttp(action.doApprove(gateId(), null)).contains("302");
    context.await();
    assertThat(runner.runs).hasSize(1);
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertThatHttp(Object response) {
    return assertThat(((Throwable) response).getMessage());
  }
}
