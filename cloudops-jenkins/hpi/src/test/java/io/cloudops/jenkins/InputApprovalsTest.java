package io.cloudops.jenkins;

import hudson.security.AuthorizationStrategy;
import hudson.security.SecurityRealm;
import io.cloudops.jenkins.services.PluginClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.cloudops.jenkins.execute.CloudOpsExecuteVariable;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.GroovySourceFileAllowlist;
import org.jenkinsci.plugins.workflow.cps.replay.ReplayAction;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.support.steps.input.InputStepExecution;
import org.jenkinsci.plugins.workflow.support.steps.input.InputSubmittedAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The design's table of failure modes (shared/docs/jenkins-input-approvals.md §5, rows 1-3 and
 * 6-16; rows 4-5 are in {@link InputApprovalsAcrossRestartTest}) on a real Jenkins with the real
 * input step, sandboxed Jenkinsfiles and approvals given over HTTP, over the core's real engines
 * against moto and the AWS CLI. Runs in the .hpi build only (the normal build compiles it).
 */
@WithJenkins
@ExtendWith(MotoExtension.class)
class InputApprovalsTest {

  private JenkinsRule r;
  private PlanningServerStub server;
  private MotoEstate aws;
  private final Set<String> seen = new HashSet<>();

  @BeforeEach
  void setUp(JenkinsRule rule, MotoServer moto) throws Exception {
    r = rule;
    aws = MotoEstate.seed(moto);
    PluginClock.reset();
    r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
    r.jenkins.setAuthorizationStrategy(
        new MockAuthorizationStrategy()
            .grant(Jenkins.READ, Item.READ, Item.BUILD)
            .everywhere()
            .to("alice", "bob", "carol", "dave")
            .grant(Jenkins.ADMINISTER)
            .everywhere()
            .to("admin"));
    SystemCredentialsProvider.getInstance()
        .getCredentials()
        .add(
            new AWSCredentialsImpl(CredentialsScope.GLOBAL, "aws-1", "AKIAINPUT0000001", "s", ""));
    SystemCredentialsProvider.getInstance().save();
    CloudOpsGlobalConfiguration config =
        GlobalConfiguration.all().get(CloudOpsGlobalConfiguration.class);
    config.setHighApprovers("bob, carol");
    config.setMediumApprovers("bob");
    // these pipelines run outside node {} with explicit credentials (docs/jenkins.md)
    config.setAllowControllerExecution(true);
  }

  @AfterEach
  void tearDown() {
    if (server != null) {
      server.close();
    }
  }

  /** Starts the scripted pipeline as alice, its AWS calls sent to moto. */
  private WorkflowRun start(String plan, String script) throws Exception {
    return startAsIs(plan, aws.inside(script));
  }

  private WorkflowRun startAsIs(String plan, String script) throws Exception {
    server = new PlanningServerStub(plan, aws.instanceId());
    GlobalConfiguration.all().get(CloudOpsGlobalConfiguration.class).setServerUrl(server.url());
    WorkflowJob job = r.jenkins.createProject(WorkflowJob.class, "deploy");
    job.setDefinition(new CpsFlowDefinition(script, true));
    return job.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("alice"))).waitForStart();
  }

  private static final String EXECUTE =
      "def answer = cloudopsAsk prompt: 'stop dev-box'\n"
          + "cloudopsExecute plan: answer, credentialsId: 'aws-1'\n";

  private String nextInput(WorkflowRun build) throws Exception {
    return InputPrompts.next(build, seen).getId();
  }

  private List<String> approversOnInputNodes(WorkflowRun build) {
    return new DepthFirstScanner()
        .filteredNodes(
            build.getExecution(), n -> n.getPersistentAction(InputSubmittedAction.class) != null)
        .stream()
        .map(n -> n.getPersistentAction(InputSubmittedAction.class).getApprover())
        .toList();
  }

  // 1
  @Test
  void highPlan_twoDistinctApproversOverHttp() throws Exception {
    WorkflowRun build = start(PlanningServerStub.HIGH_PLAN, EXECUTE);
    InputStepExecution first = InputPrompts.next(build, seen);
    assertThat(first.getInput().getSubmitter()).isEqualTo("bob,carol");
    assertThat(first.getInput().getMessage()).contains("cloudops-plan-");
    assertThat(InputPrompts.answer(r, build, first.getId(), "bob", true)).isEqualTo(200);

    InputStepExecution second = InputPrompts.next(build, seen);
    assertThat(second.getInput().getSubmitter()).isEqualTo("carol");
    r.waitForMessage("1 of 2 approval(s)", build);
    InputPrompts.answer(r, build, second.getId(), "carol", true);

    r.assertBuildStatusSuccess(r.waitForCompletion(build));
    assertThat(approversOnInputNodes(build)).containsExactlyInAnyOrder("bob", "carol");
    assertThat(BuildRecords.executions(build)).hasSize(1);
    assertThat(BuildRecords.approversOfFirstRun(build)).containsExactlyInAnyOrder("bob", "carol");
  }

  // 2
  @Test
  void sameApproverTwice_isAskedAgain() throws Exception {
    WorkflowRun build = start(PlanningServerStub.HIGH_PLAN, EXECUTE);
    InputPrompts.answer(r, build, nextInput(build), "bob", true);
    String second = nextInput(build);
    assertThat(InputPrompts.answer(r, build, second, "bob", true))
        .as("bob is no longer a submitter of the second input")
        .isNotEqualTo(200);
    InputPrompts.answer(r, build, second, "admin", true);

    String third = nextInput(build);
    r.assertLogContains("admin may not approve High plans", build);
    assertThat(BuildRecords.executions(build)).isEmpty();
    InputPrompts.answer(r, build, third, "carol", true);
    r.assertBuildStatusSuccess(r.waitForCompletion(build));
  }

  // 3
  @Test
  void starterCannotApprove() throws Exception {
    GlobalConfiguration.all()
        .get(CloudOpsGlobalConfiguration.class)
        .setMediumApprovers("alice, bob");
    WorkflowRun build = start(PlanningServerStub.MEDIUM_PLAN, EXECUTE);
    InputStepExecution input = InputPrompts.next(build, seen);
    assertThat(input.getInput().getSubmitter()).isEqualTo("bob");

    assertThat(InputPrompts.answer(r, build, input.getId(), "alice", true)).isNotEqualTo(200);
    assertThat(build.isBuilding()).isTrue();
    assertThat(BuildRecords.executions(build)).isEmpty();
    InputPrompts.answer(r, build, input.getId(), "bob", true);
    r.assertBuildStatusSuccess(r.waitForCompletion(build));
  }

  // 6
  @Test
  void runStepWithoutApprovals_isRefused() throws Exception {
    WorkflowRun build =
        start(
            PlanningServerStub.HIGH_PLAN,
            "def a = cloudopsAsk prompt: 'stop dev-box'\n"
                + "cloudopsRunPlan planDigest: a.planDigest, credentialsId: 'aws-1'\n");

    r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(build));
    r.assertLogContains(
        "needs 2 approval(s) proven by input steps of this build, found 0", build);
    assertThat(BuildRecords.executions(build)).isEmpty();
  }

  // 7
  @Test
  void forgedMessage_isRefused() throws Exception {
    WorkflowRun build =
        start(
            PlanningServerStub.MEDIUM_PLAN,
            "def a = cloudopsAsk prompt: 'stop dev-box'\n"
                + "def r = cloudopsReviewPlan planDigest: a.planDigest\n"
                + "input id: r.nextInputId, message: 'harmless', submitter: 'bob'\n"
                + "cloudopsRunPlan planDigest: a.planDigest, credentialsId: 'aws-1'\n");
    InputPrompts.answer(r, build, nextInput(build), "bob", true);

    r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(build));
    r.assertLogContains("showed another message than this plan's approval request", build);
    assertThat(BuildRecords.executions(build)).isEmpty();
  }

  // 8
  @Test
  void shadowedInput_cannotBypass() throws Exception {
    WorkflowRun build =
        start(
            PlanningServerStub.HIGH_PLAN,
            "input = { m -> 'bob' }\n"
                + "cloudopsExecute plan: cloudopsAsk(prompt: 'stop dev-box'), credentialsId:"
                + " 'aws-1'\n");

    r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(build));
    r.assertLogContains("gave up after", build);
    assertThat(BuildRecords.executions(build)).isEmpty();
  }

  // 9
  @Test
  void expiredApproval_isNotCounted_andAskedAgain() throws Exception {
    WorkflowRun build = start(PlanningServerStub.HIGH_PLAN, EXECUTE);
    InputPrompts.answer(r, build, nextInput(build), "bob", true);
    String second = nextInput(build);
    PluginClock.advance(Duration.ofHours(25));
    InputPrompts.answer(r, build, second, "carol", true);

    String third = nextInput(build);
    r.assertLogContains("the approval by bob expired", build);
    assertThat(BuildRecords.executions(build)).isEmpty();
    PluginClock.reset();
    InputPrompts.answer(r, build, third, "bob", true);
    r.assertBuildStatusSuccess(r.waitForCompletion(build));
  }

  // 10
  @Test
  void approvalsAreSingleUse() throws Exception {
    WorkflowRun build =
        start(
            PlanningServerStub.MEDIUM_PLAN,
            "def a = cloudopsAsk prompt: 'stop dev-box'\n"
                + "cloudopsExecute plan: a, credentialsId: 'aws-1'\n"
                + "cloudopsRunPlan planDigest: a.planDigest, credentialsId: 'aws-1'\n");
    InputPrompts.answer(r, build, nextInput(build), "bob", true);

    r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(build));
    r.assertLogContains("an earlier run of this plan already used it", build);
    assertThat(BuildRecords.executions(build)).hasSize(1);
  }

  // 11: oversize and masked messages and argument storage off are unit tests
  // (PlanApprovalsTest): keepStepArguments is read once when workflow-cps loads.

  // 12
  @Test
  void noSecurity_refusesRiskyPlans() throws Exception {
    r.jenkins.setSecurityRealm(SecurityRealm.NO_AUTHENTICATION);
    r.jenkins.setAuthorizationStrategy(AuthorizationStrategy.UNSECURED);
    WorkflowRun build = start(PlanningServerStub.MEDIUM_PLAN, EXECUTE);

    r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(build));
    r.assertLogContains("approvals need Jenkins security", build);
    assertThat(BuildRecords.executions(build)).isEmpty();
  }

  // 13
  @Test
  void rejectAborts() throws Exception {
    WorkflowRun build = start(PlanningServerStub.MEDIUM_PLAN, EXECUTE);
    InputPrompts.answer(r, build, nextInput(build), "bob", false);

    r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(build));
    assertThat(BuildRecords.executions(build)).isEmpty();
  }

  // 14
  @Test
  void declarativeUse() throws Exception {
    WorkflowRun build =
        startAsIs(
            PlanningServerStub.MEDIUM_PLAN,
            "pipeline {\n"
                + "  agent none\n"
                + "  environment {\n"
                + "    AWS_ENDPOINT_URL = '"
                + aws.endpoint()
                + "'\n"
                + "    AWS_REGION = '"
                + MotoEstate.REGION
                + "'\n"
                + "  }\n"
                + "  stages {\n"
                + "    stage('change') {\n"
                + "      steps {\n"
                + "        script { answer = cloudopsAsk prompt: 'stop dev-box' }\n"
                + "        cloudopsExecute plan: answer, credentialsId: 'aws-1'\n"
                + "      }\n"
                + "    }\n"
                + "  }\n"
                + "}\n");
    InputPrompts.answer(r, build, nextInput(build), "bob", true);

    r.assertBuildStatusSuccess(r.waitForCompletion(build));
    assertThat(BuildRecords.executions(build)).hasSize(1);
  }

  // 15
  @Test
  @SuppressWarnings("try") // the ACLContext only scopes the replay to bob
  void replayAsksAgain_andTheReplayerIsAStarter() throws Exception {
    WorkflowRun first = start(PlanningServerStub.MEDIUM_PLAN, EXECUTE);
    InputPrompts.answer(r, first, nextInput(first), "bob", true);
    r.assertBuildStatusSuccess(r.waitForCompletion(first));

    WorkflowRun replayed;
    // ReplayAction.run2 adds new Cause.UserIdCause() for the current user (ReplayAction.java:337)
    try (ACLContext as = ACL.as(User.getById("bob", true))) {
      replayed =
          (WorkflowRun)
              first.getAction(ReplayAction.class).run(EXECUTE, Map.of(), false).waitForStart();
    }
    r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(replayed));
    r.assertLogContains("0 of them still eligible", replayed);
    assertThat(BuildRecords.executions(first)).hasSize(1);
    assertThat(BuildRecords.executions(replayed)).isEmpty();
  }

  // 16
  @Test
  void theGroovyGlobal_isAllowListed_andWorksSandboxed() throws Exception {
    assertThat(r.jenkins.getExtensionList(GroovySourceFileAllowlist.class))
        .anySatisfy(a -> assertThat(a).isInstanceOf(CloudOpsExecuteVariable.Allowlist.class));
    WorkflowRun build =
        start(
            PlanningServerStub.MEDIUM_PLAN,
            "cloudopsExecute plan: cloudopsAsk(prompt: 'stop dev-box'), dryRun: true,"
                + " credentialsId: 'aws-1'\n");

    r.assertBuildStatusSuccess(r.waitForCompletion(build));
    r.assertLogNotContains("from being loaded without sandbox protection", build);
  }
}
