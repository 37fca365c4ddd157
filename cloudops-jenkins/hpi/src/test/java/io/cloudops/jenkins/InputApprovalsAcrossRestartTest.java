package io.cloudops.jenkins;

import io.cloudops.jenkins.services.PluginClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Item;
import hudson.model.Result;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.util.HashSet;
import java.util.Set;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * Rows 4 and 5 of the design's table: a build waiting on the approval input survives a controller
 * restart, with the approval given before it still counted; a timeout that passed while Jenkins
 * was down aborts the build. Over the core's real engines against moto and the AWS CLI. Runs in the
 * .hpi build only (the normal build compiles it).
 */
@ExtendWith(MotoExtension.class)
class InputApprovalsAcrossRestartTest {

  @RegisterExtension private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

  private static void setUp(JenkinsRule r, String serverUrl, String script) throws Exception {
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
            new AWSCredentialsImpl(
                CredentialsScope.GLOBAL, "aws-1", "AKIARESTART00001", "s", ""));
    SystemCredentialsProvider.getInstance().save();
    CloudOpsGlobalConfiguration config =
        GlobalConfiguration.all().get(CloudOpsGlobalConfiguration.class);
    config.setServerUrl(serverUrl);
    config.setHighApprovers("bob, carol");
    // the pipeline runs outside node {} with explicit credentials (docs/jenkins.md)
    config.setAllowControllerExecution(true);
    WorkflowJob job = r.jenkins.createProject(WorkflowJob.class, "deploy");
    job.setDefinition(new CpsFlowDefinition(script, true));
    job.scheduleBuild2(0, new CauseAction(new Cause.UserIdCause("alice"))).waitForStart();
  }

  private static WorkflowRun build(JenkinsRule r) {
    return r.jenkins.getItemByFullName("deploy", WorkflowJob.class).getBuildByNumber(1);
  }

  // 4
  @Test
  void restartWhileWaiting_keepsTheFirstApproval(MotoServer moto) throws Throwable {
    Set<String> seen = new HashSet<>();
    MotoEstate aws = MotoEstate.seed(moto);
    try (PlanningServerStub server =
        new PlanningServerStub(PlanningServerStub.HIGH_PLAN, aws.instanceId())) {
      sessions.then(
          r -> {
            setUp(
                r,
                server.url(),
                aws.inside(
                    "cloudopsExecute plan: cloudopsAsk(prompt: 'stop it'), credentialsId:"
                        + " 'aws-1'\n"));
            WorkflowRun build = build(r);
            InputPrompts.answer(r, build, InputPrompts.next(build, seen).getId(), "bob", true);
            InputPrompts.next(build, seen);
          });
      sessions.then(
          r -> {
            PluginClock.reset();
            WorkflowRun build = build(r);
            assertThat(build.isBuilding()).isTrue();
            String second = InputPrompts.next(build, new HashSet<>()).getId();
            InputPrompts.answer(r, build, second, "carol", true);
            r.assertBuildStatusSuccess(r.waitForCompletion(build));
            assertThat(BuildRecords.approversOfFirstRun(build))
                .containsExactlyInAnyOrder("bob", "carol");
          });
    }
  }

  // 5
  @Test
  void aTimeoutThatPassedDuringTheRestart_abortsTheBuild(MotoServer moto) throws Throwable {
    Set<String> seen = new HashSet<>();
    MotoEstate aws = MotoEstate.seed(moto);
    try (PlanningServerStub server =
        new PlanningServerStub(PlanningServerStub.HIGH_PLAN, aws.instanceId())) {
      sessions.then(
          r -> {
            GlobalConfiguration.all()
                .get(CloudOpsGlobalConfiguration.class)
                .setApprovalValidityHours(1);
            setUp(
                r,
                server.url(),
                aws.inside(
                "def a = cloudopsAsk prompt: 'stop it'\n"
                    + "def st = cloudopsReviewPlan planDigest: a.planDigest\n"
                    + "timeout(time: 5, unit: 'SECONDS') {\n"
                    + "  input id: st.nextInputId, message: st.message, submitter: st.submitter\n"
                    + "}\n"
                    + "cloudopsRunPlan planDigest: a.planDigest, credentialsId: 'aws-1'\n"));
            InputPrompts.next(build(r), seen);
          });
      Thread.sleep(6_000);
      sessions.then(
          r -> {
            PluginClock.reset();
            WorkflowRun build = build(r);
            r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(build));
            assertThat(BuildRecords.executions(build)).isEmpty();
          });
    }
  }
}
