package io.cloudops.jenkins.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Cause;
import io.cloudops.execute.PlanReview;
import io.cloudops.execute.StepPreview;
import io.cloudops.execute.risk.PlanRisk;
import io.cloudops.execute.risk.StepRisk;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.FlowGraph;
import io.cloudops.jenkins.MutableClock;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.TestRun;
import io.cloudops.jenkins.TestServices;
import io.cloudops.jenkins.TestStepContext;
import io.cloudops.jenkins.agent.WorkPlace;
import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.spi.GrantedApprovals;
import io.cloudops.jenkins.spi.PlanRunner;
import io.cloudops.model.Approval;
import io.cloudops.model.ExecutionOrigin;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StepKind;
import io.cloudops.standins.StandIns;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenkinsci.plugins.workflow.actions.ArgumentsAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudopsReviewPlan} and {@code cloudopsRunPlan} over a flow graph as Jenkins leaves it:
 * every way an approval is refused, and the runs that may happen.
 */
class PlanApprovalsTest {

  static final String SECRET = "bound-secret-key-123";
  static final EnvVars AWS =
      new EnvVars(
          "AWS_ACCESS_KEY_ID", "AKIABOUND0000001",
          "AWS_SECRET_ACCESS_KEY", SECRET,
          "AWS_REGION", "eu-west-1");

  @TempDir Path home;
  private FakeJenkins jenkins;
  private MutableClock clock;
  private RecordingRunner runner;
  private TestRun run;
  private FlowGraph graph;
  private PlanSteps steps;

  /** Records what it ran; prints the secret to prove the output is masked. */
  static class RecordingRunner implements PlanRunner {
    final List<GrantedApprovals> runs = new CopyOnWriteArrayList<>();
    final List<Boolean> dryRuns = new CopyOnWriteArrayList<>();
    final List<ExecutionOrigin> origins = new CopyOnWriteArrayList<>();
    RiskLevel assessed;

    @Override
    public ExecutionResult run(
        ExecutionPlan plan,
        ResolvedAws aws,
        boolean dryRun,
        GrantedApprovals approvals,
        PrintStream output,
        StoreSettings store,
        WorkPlace place,
        ExecutionOrigin origin) {
      origins.add(origin);
      return run(plan, aws, dryRun, approvals, output);
    }

    @Override
    public RiskLevel assess(ExecutionPlan plan, RiskLevel claimed) {
      return assessed == null ? claimed : assessed;
    }

    @Override
    public ExecutionResult run(
        ExecutionPlan plan,
        ResolvedAws aws,
        boolean dryRun,
        GrantedApprovals approvals,
        PrintStream out) {
      runs.add(approvals);
      dryRuns.add(dryRun);
      out.println("aws ec2 stop-instances --instance-ids i-0abc1234 (key " + SECRET + ")");
      Instant now = Instant.parse("2026-11-25T10:00:00Z");
      return new ExecutionResult(
          "exec-1", ExecutionStatus.SUCCESS, "done", null, now, now, 5L, List.of());
    }

    List<String> approvers(int run) {
      return runs.get(run).approvals().stream().map(Approval::approver).toList();
    }
  }

  @BeforeEach
  void setUp() {
    StandIns.reset();
    jenkins = new FakeJenkins(home);
    jenkins.configuration().setMediumApprovers("bob, carol");
    jenkins.configuration().setHighApprovers("alice, Bob, carol");
    clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    runner = new RecordingRunner();
    run = new TestRun("deploy", 5).startedBy("alice");
    graph = new FlowGraph();
    steps = new PlanSteps(new TestServices(jenkins).with(runner).with(clock), graph, run, AWS);
  }

  String propose(String risk) {
    return PlanSteps.propose(run, risk, "i-0abc1234", clock.instant());
  }

  private long now() {
    return clock.instant().toEpochMilli();
  }

  private Map<String, Object> runToSuccess(String digest) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) steps.run(digest, false).context().await();
    return result;
  }

  private String refusal(String digest) throws Exception {
    try {
      steps.run(digest, false);
    } catch (AbortException e) {
      assertThat(e.getMessage()).contains("nothing ran");
      return e.getMessage();
    }
    throw new AssertionError("cloudopsRunPlan was not refused");
  }

  @Test
  void lowRisk_isApprovedAtOnce_andRunsWithoutAnInput() throws Exception {
    String digest = propose("Low");

    assertThat(steps.review(digest, false))
        .containsEntry("approved", true)
        .containsEntry("required", 0);
    assertThat(runToSuccess(digest)).containsEntry("status", "Success");
    assertThat(runner.runs.get(0).approvals()).isEmpty();
    // the history records the build that asked, for the console's link to it
    assertThat(runner.origins)
        .containsExactly(new ExecutionOrigin("jenkins", run.getFullDisplayName(), run.getUrl()));
  }

  @Test
  void medium_approvedByBobThroughAnInput_runsOnce_recordingBobAndTheInput() throws Exception {
    String digest = propose("Medium");
    Map<String, Object> review = steps.review(digest, false);
    assertThat(review).containsEntry("approved", false).containsEntry("required", 1);

    steps.approve(review, "bob", now());
    assertThat(steps.review(digest, false))
        .containsEntry("approved", true)
        .containsEntry("counted", List.of("bob"));
    assertThat(runToSuccess(digest)).containsEntry("status", "Success");

    assertThat(runner.approvers(0)).containsExactly("bob");
    assertThat(runner.runs.get(0).policy().validity()).isEqualTo(Duration.ofHours(24));
    CloudOpsExecutionAction history = run.getAction(CloudOpsExecutionAction.class);
    assertThat(history.getEntries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getApprovers()).containsExactly("bob");
              assertThat(e.getInputNodes()).hasSize(1);
              assertThat(e.getStatus()).isEqualTo("SUCCESS");
            });
  }

  @Test
  void theReview_asksForTheNextInput_underAnIdBoundToTheDigestAndItsOwnNode() throws Exception {
    String digest = propose("High");
    Map<String, Object> review = steps.review(digest, false);

    assertThat((String) review.get("nextInputId"))
        .isEqualTo("CloudOps-" + digest.substring(0, 16) + "-" + graph.head().getId());
    assertThat((String) review.get("message"))
        .contains(digest)
        .contains("risk High")
        .contains(run.getUrl() + "cloudops-plan-" + digest.substring(0, 12) + "/")
        .hasSizeLessThanOrEqualTo(1024);
    assertThat(review)
        .containsEntry("submitter", "bob,carol")
        .containsEntry("waitMinutes", 24L * 60)
        .containsEntry("maxAsks", 5);

    steps.approve(review, "bob", now());
    Map<String, Object> second = steps.review(digest, false);
    assertThat(second).containsEntry("submitter", "carol").containsEntry("approved", false);
    assertThat(second.get("nextInputId")).isNotEqualTo(review.get("nextInputId"));
  }

  @Test
  void high_needsTwoDistinctPeople_whoseIdsCompareThroughJenkinsIdStrategy() throws Exception {
    String digest = propose("High");
    steps.approve(steps.review(digest, false), "BOB", now());
    steps.approve(steps.review(digest, false), "carol", now());

    runToSuccess(digest);

    assertThat(runner.approvers(0)).containsExactlyInAnyOrder("bob", "carol");
  }

  @Test
  void runningWithoutAnyInput_isRefused() throws Exception {
    String digest = propose("Medium");

    assertThat(refusal(digest)).contains("needs 1 approval(s)").contains("found 0");
    assertThat(runner.runs).isEmpty();
    assertThat(run.getAction(CloudOpsExecutionAction.class).getEntries()).isEmpty();
  }

  @Test
  void anApprovalInASiblingParallelBranch_doesNotCount() throws Exception {
    String digest = propose("Medium");
    FlowNode fork = graph.step(null, Map.of());
    steps.approve(steps.review(digest, false), "bob", now());
    graph.branchFrom(fork);

    assertThat(refusal(digest)).contains("found 0");
    assertThat(runner.runs).isEmpty();
  }

  @Test
  void anInputUnderOurIdShowingAnotherMessage_isNotCounted() throws Exception {
    String digest = propose("Medium");
    Map<String, Object> review = steps.review(digest, false);
    graph.approvedInput(review.get("nextInputId"), "harmless", "bob", now());

    assertThat(refusal(digest)).contains("showed another message");
    assertThat(runner.runs).isEmpty();
  }

  @Test
  void anInputWhoseMessageJenkinsDidNotStore_isNotCounted() throws Exception {
    String digest = propose("Medium");
    Map<String, Object> review = steps.review(digest, false);
    graph.approvedInput(
        review.get("nextInputId"), ArgumentsAction.NotStoredReason.OVERSIZE_VALUE, "bob", now());

    assertThatThrownBy(() -> steps.review(digest, false))
        .as("the review fails instead of asking again")
        .hasMessageContaining("(OVERSIZE_VALUE)")
        .hasMessageContaining("ArgumentsAction.maxRetainedLength");
    assertThatThrownBy(() -> steps.run(digest, false)).hasMessageContaining("(OVERSIZE_VALUE)");
    assertThat(runner.runs).isEmpty();
  }

  @Test
  void anApprovalOfAnotherPlan_doesNotCount() throws Exception {
    String other = propose("Medium");
    steps.approve(steps.review(other, false), "bob", now());
    String digest = proposeAnother();

    assertThat(refusal(digest)).contains("found 0");
  }

  private String proposeAnother() {
    return PlanSteps.propose(run, "Medium", "i-0def5678", clock.instant());
  }

  @Test
  void theUserWhoStartedTheBuild_cannotApprove_evenWhenConfigured() throws Exception {
    String digest = propose("High");
    steps.approve(steps.review(digest, false), "Alice", now());
    steps.approve(steps.review(digest, false), "bob", now());

    assertThat(refusal(digest)).contains("alice requested the plan and cannot approve it");
  }

  @Test
  void everyUserWhoStartedTheBuild_isAStarter_asReplayAddsItsUser() throws Exception {
    jenkins.configuration().setHighApprovers("alice, bob, carol, dave");
    StandIns.addCause(run, new Cause.UserIdCause("carol"));
    String digest = propose("High");
    Map<String, Object> review = steps.review(digest, false);
    assertThat(review).containsEntry("submitter", "bob,dave");
    steps.approve(review, "bob", now());
    steps.approve(steps.review(digest, false), "carol", now());

    assertThat(refusal(digest)).contains("carol requested the plan");
  }

  @Test
  void theSameApproverTwice_countsOnce() throws Exception {
    String digest = propose("High");
    steps.approve(steps.review(digest, false), "bob", now());
    steps.approve(steps.review(digest, false), "bob", now());

    assertThat(refusal(digest)).contains("bob already approved this plan");
  }

  @Test
  void someoneWhoIsNotAConfiguredApprover_isNotCounted() throws Exception {
    String digest = propose("Medium");
    steps.approve(steps.review(digest, false), "admin", now());

    assertThat(refusal(digest)).contains("admin may not approve Medium plans");
  }

  @Test
  void anExpiredApproval_isNotCounted() throws Exception {
    String digest = propose("Medium");
    steps.approve(steps.review(digest, false), "bob", now());
    clock.advance(Duration.ofHours(25));

    assertThat(refusal(digest)).contains("expired");
  }

  @Test
  void approvalsAreSingleUse() throws Exception {
    String digest = propose("Medium");
    steps.approve(steps.review(digest, false), "bob", now());
    runToSuccess(digest);

    assertThat(refusal(digest)).contains("an earlier run of this plan already used it");
    assertThat(runner.runs).hasSize(1);
  }

  @Test
  void anInputThatFailed_anonymousOrSystem_isNotCounted() throws Exception {
    String digest = propose("Medium");
    Map<String, Object> review = steps.review(digest, false);
    FlowGraph.fail(
        graph.approvedInput(review.get("nextInputId"), review.get("message"), "bob", now()));
    graph.approvedInput(review.get("nextInputId"), review.get("message"), null, now());
    graph.approvedInput(review.get("nextInputId"), review.get("message"), "SYSTEM", now());

    assertThat(refusal(digest))
        .contains("ended with an error")
        .contains("answered anonymously")
        .contains("answered by SYSTEM");
  }

  @Test
  void withSecurityOff_riskyPlansFail_namingTheSetting() {
    jenkins.useSecurity(false);
    String digest = propose("Medium");

    assertThatThrownBy(() -> steps.review(digest, false))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("approvals need Jenkins security")
        .hasMessageContaining("Manage Jenkins, Security");
    assertThatThrownBy(() -> steps.run(digest, false)).hasMessageContaining("Jenkins security");
  }

  @Test
  void withStepArgumentsNotStored_riskyPlansFail_namingTheProperty() throws Exception {
    String digest = propose("Medium");
    TestStepContext context =
        new TestStepContext(run, new EnvVars())
            .bound(AWS)
            .at(graph.step(new ReviewPlanStep.DescriptorImpl(), null));
    new ReviewPlanStep(digest)
        .withServices(new TestServices(jenkins).with(runner).with(clock))
        .start(context)
        .start();

    assertThatThrownBy(context::await)
        .hasMessageContaining("org.jenkinsci.plugins.workflow.cps.DSL.keepStepArguments=false");
  }

  @Test
  void tooFewEligibleApprovers_failsTheReview_insteadOfAskingForever() {
    jenkins.configuration().setHighApprovers("alice, bob");
    String digest = propose("High");

    assertThatThrownBy(() -> steps.review(digest, false))
        .hasMessageContaining("needs 2 distinct approver(s) besides whoever started the build")
        .hasMessageContaining("1 of them still eligible (bob)");
  }

  @Test
  void theEngineCanRaiseTheRisk_soALowClaimNeedsAnApproval() throws Exception {
    runner.assessed = RiskLevel.MEDIUM;
    String digest = propose("Low");

    assertThat(steps.review(digest, false))
        .containsEntry("risk", "Medium")
        .containsEntry("approved", false);
    assertThat(refusal(digest)).contains("risk Medium");
  }

  @Test
  void aDryRun_needsNoApproval_andIsPassedOn() throws Exception {
    String digest = propose("High");

    assertThat(steps.review(digest, true)).containsEntry("approved", true);
    steps.run(digest, true).context().await();
    assertThat(runner.dryRuns).containsExactly(true);
  }

  @Test
  void theReview_recordsForThePlanPage_theArgvTargetsAndReasonsOfTheEngine() throws Exception {
    String digest = propose("Low");
    RecordingRunner engine =
        new RecordingRunner() {
          @Override
          public PlanReview review(
              ExecutionPlan plan, RiskLevel claimed, ResolvedAws aws, StoreSettings store) {
            StepRisk risk =
                new StepRisk(
                    "1",
                    RiskLevel.MEDIUM,
                    "ec2:StopInstances",
                    List.of("i-0abc1234"),
                    List.of("stops a tagged production instance"));
            return new PlanReview(
                plan.digest(),
                new PlanRisk(
                    new RiskAssessment(RiskLevel.MEDIUM, "", List.of("production target")),
                    List.of(risk)),
                List.of(
                    new StepPreview(
                        "1",
                        StepKind.AWS_CLI,
                        "stop",
                        List.of("aws", "ec2", "stop-instances", "--instance-ids", "i-0abc1234"),
                        risk,
                        null)),
                1);
          }
        };
    steps = new PlanSteps(new TestServices(jenkins).with(engine).with(clock), graph, run, AWS);

    assertThat(steps.review(digest, false)).containsEntry("risk", "Medium");

    CloudOpsPlanAction page = CloudOpsPlanAction.find(run, digest).orElseThrow();
    assertThat(page.getEngineRisk()).isEqualTo("Medium");
    assertThat(page.getEngineReasons()).containsExactly("production target");
    assertThat(page.getTargets()).containsExactly("i-0abc1234");
    assertThat(page.getEngineSteps())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getArgv()).isEqualTo("aws ec2 stop-instances --instance-ids i-0abc1234");
              assertThat(s.getReasons()).isEqualTo("stops a tagged production instance");
            });
  }

  @Test
  void aPlanNotProposedInThisBuild_isRefused() {
    assertThatThrownBy(() -> steps.review("f".repeat(64), false))
        .hasMessageContaining("was not proposed by cloudopsAsk in this build");
  }

  @Test
  void theOutputStreamsToTheLog_withTheSecretMasked() throws Exception {
    String digest = propose("Low");
    PlanSteps.Started started = steps.run(digest, false);
    started.context().await();

    assertThat(started.context().log()).contains("aws ec2 stop-instances").doesNotContain(SECRET);
  }
}
