package io.cloudops.jenkins;

import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import java.util.HashSet;
import io.cloudops.jenkins.services.PluginClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Item;
import hudson.model.Result;
import hudson.util.Secret;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.support.steps.input.InputAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * The steps in real pipelines on a real Jenkins (JenkinsRule), over the core's real engines against
 * moto and the AWS CLI. Needs the Jenkins repository to run, so it runs in the .hpi build only (the
 * normal build compiles it): see docs/jenkins.md.
 */
@WithJenkins
@ExtendWith(MotoExtension.class)
class CloudOpsPipelineTest {

  private static final String TOKEN = "planner-token-value-7731";
  private static final String AWS_SECRET = "aws-secret-key-value-9142";

  private JenkinsRule r;
  private PlanningServerStub server;
  private MotoEstate aws;

  @BeforeEach
  void setUp(JenkinsRule rule, MotoServer moto) throws Exception {
    r = rule;
    aws = MotoEstate.seed(moto);
    server = new PlanningServerStub(PlanningServerStub.MEDIUM_PLAN, aws.instanceId());
    PluginClock.reset();
    r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
    r.jenkins.setAuthorizationStrategy(
        new MockAuthorizationStrategy()
            .grant(Jenkins.READ, Item.READ, Item.BUILD)
            .everywhere()
            .to("alice", "bob", "carol"));
    SystemCredentialsProvider.getInstance()
        .getCredentials()
        .add(
            new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "planner-token", "", Secret.fromString(TOKEN)));
    SystemCredentialsProvider.getInstance()
        .getCredentials()
        .add(
            new AWSCredentialsImpl(
                CredentialsScope.GLOBAL, "aws-1", "AKIAPIPELINE0001", AWS_SECRET, "test keys"));
    SystemCredentialsProvider.getInstance().save();
    CloudOpsGlobalConfiguration config = configuration();
    config.setServerUrl(server.url());
    config.setServerCredentialsId("planner-token");
    config.setMediumApprovers("bob, carol");
    // these pipelines run outside node {} with explicit credentials (docs/jenkins.md)
    config.setAllowControllerExecution(true);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private static CloudOpsGlobalConfiguration configuration() {
    return GlobalConfiguration.all().get(CloudOpsGlobalConfiguration.class);
  }

  private WorkflowJob pipeline(String script) throws Exception {
    WorkflowJob job = r.jenkins.createProject(WorkflowJob.class, "deploy");
    job.setDefinition(new CpsFlowDefinition(aws.inside(script), true));
    return job;
  }

  @Test
  void globalConfiguration_survivesTheFormRoundTrip() throws Exception {
    CloudOpsGlobalConfiguration config = configuration();
    config.setHighApprovers("bob, carol, dave");
    config.setEncryptionKey(Secret.fromString("store-key"));
    config.setBackupSchedule("H 2 * * *");

    r.configRoundtrip();

    CloudOpsGlobalConfiguration after = configuration();
    assertThat(after.getServerUrl()).isEqualTo(server.url());
    assertThat(after.getServerCredentialsId()).isEqualTo("planner-token");
    assertThat(after.getHighApprovers()).isEqualTo("bob, carol, dave");
    assertThat(after.getEncryptionKey().getPlainText()).isEqualTo("store-key");
    assertThat(after.isAllowControllerDefaultCredentials()).isFalse();
  }

  @Test
  void askApproveExecute_mediumPlanWaitsForAnApproverWhoDidNotStartTheBuild() throws Exception {
    WorkflowJob job =
        pipeline(
            "def answer = cloudopsAsk prompt: 'stop dev-box'\n"
                + "echo \"risk=${answer.risk} digest=${answer.planDigest}\"\n"
                + "def result = cloudopsExecute plan: answer, credentialsId: 'aws-1'\n"
                + "echo \"status=${result.status}\"\n");
    WorkflowRun build =
        job.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("alice"))).waitForStart();
    String input = InputPrompts.next(build, new HashSet<>()).getId();

    assertThat(InputPrompts.answer(r, build, input, "alice", true)).isNotEqualTo(200);
    JenkinsRule.WebClient bob = r.createWebClient().login("bob");
    bob.setThrowExceptionOnFailingStatusCode(false);
    assertThat(
            bob.goTo(build.getUrl() + "input/" + input + "/proceedEmpty", null)
                .getWebResponse()
                .getStatusCode())
        .as("GET is refused")
        .isNotEqualTo(200);
    assertThat(build.isBuilding()).isTrue();

    InputPrompts.answer(r, build, input, "bob", true);

    r.assertBuildStatusSuccess(r.waitForCompletion(build));
    r.assertLogContains("risk=Medium", build);
    r.assertLogContains("approved by bob", build);
    r.assertLogContains("status=Success", build);
    r.assertLogNotContains(TOKEN, build);
    r.assertLogNotContains(AWS_SECRET, build);
    assertThat(BuildRecords.approversOfFirstRun(build)).containsExactly("bob");
    assertThat(aws.instanceState()).isEqualTo(InstanceStateName.STOPPED);
    assertNoFileUnder(r.jenkins.getRootDir().toPath(), TOKEN, AWS_SECRET);
  }

  /** Nothing Jenkins wrote (build.xml, program.dat, logs, config) holds a secret in the clear. */
  private static void assertNoFileUnder(Path root, String... secrets) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
          assertThat(text).as(file.toString()).doesNotContain(secret);
        }
      }
    }
  }

  @Test
  void aRejectedPlan_abortsTheBuild() throws Exception {
    WorkflowJob job =
        pipeline(
            "cloudopsExecute plan: cloudopsAsk(prompt: 'stop dev-box'), credentialsId: 'aws-1'");
    WorkflowRun build = job.scheduleBuild2(0).waitForStart();
    String input = InputPrompts.next(build, new HashSet<>()).getId();

    InputPrompts.answer(r, build, input, "carol", false);

    r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(build));
    assertThat(BuildRecords.executions(build)).isEmpty();
    assertThat(aws.instanceState()).isEqualTo(InstanceStateName.RUNNING);
  }

  @Test
  void thePlanPage_rendersWithTheBuildsSidePanel() throws Exception {
    WorkflowJob job = pipeline("cloudopsAsk prompt: 'stop dev-box'");
    WorkflowRun build = r.buildAndAssertSuccess(job);
    CloudOpsPlanAction plan =
        build.getAction(CloudOpsPlanAction.class);

    String page =
        r.createWebClient()
            .login("bob")
            .getPage(build, plan.getUrlName() + "/")
            .getWebResponse()
            .getContentAsString();

    assertThat(page).contains(plan.getDigest()).contains("stop-instances");
  }

  @Test
  void scanInsideWithCredentials_findsTheSeededInstance_andMasksTheKeys() throws Exception {
    WorkflowJob job =
        pipeline(
            "withCredentials([aws(credentialsId: 'aws-1')]) {\n"
                + "  def summary = cloudopsScan regions: '"
                + MotoEstate.REGION
                + "', services: 'ec2'\n"
                + "  echo \"ec2=${summary.byService.ec2}\"\n"
                + "}\n");

    WorkflowRun build = r.buildAndAssertSuccess(job);

    r.assertLogNotContains(AWS_SECRET, build);
    assertThat(BuildRecords.scan(build))
        .hasValueSatisfying(scan -> assertThat(scan.getByService().get("ec2")).isPositive());
  }

  @Test
  void scanWithoutCredentials_neverFallsBackToTheControllersIdentity() throws Exception {
    WorkflowJob job = pipeline("cloudopsScan()");

    WorkflowRun build = r.buildAndAssertStatus(Result.FAILURE, job);

    r.assertLogContains("no AWS credentials", build);
    assertThat(BuildRecords.scan(build)).isEmpty();
  }

  @Test
  void aBuiltInInputBeforeTheScan_isApprovedAndTheScanRuns() throws Exception {
    WorkflowJob job =
        pipeline(
            "input id: 'Go', message: 'Scan production now?'\n"
                + "withCredentials([aws(credentialsId: 'aws-1')]) { cloudopsScan() }\n");
    WorkflowRun build = job.scheduleBuild2(0).waitForStart();
    r.waitForMessage("Scan production now?", build);

    InputAction input = build.getAction(InputAction.class);
    input.getExecution("Go").proceed(null);

    r.assertBuildStatusSuccess(r.waitForCompletion(build));
    assertThat(BuildRecords.scan(build)).isPresent();
  }
}
