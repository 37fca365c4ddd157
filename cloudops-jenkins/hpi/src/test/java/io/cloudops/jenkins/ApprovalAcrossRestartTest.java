package io.cloudops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Item;
import io.cloudops.jenkins.execute.CloudOpsApprovalAction;
import java.net.URL;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A build waiting for approval survives a controller restart and runs once approved. */
class ApprovalAcrossRestartTest {

  @RegisterExtension private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

  @Test
  void aPendingApproval_survivesARestart() throws Throwable {
    PlanningServerStub server = new PlanningServerStub(PlanningServerStub.MEDIUM_PLAN);
    try {
      sessions.then(
          r -> {
            PipelineEngines.install();
            r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
            r.jenkins.setAuthorizationStrategy(
                new MockAuthorizationStrategy()
                    .grant(Jenkins.READ, Item.READ)
                    .everywhere()
                    .to("bob"));
            SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(
                    new AWSCredentialsImpl(
                        CredentialsScope.GLOBAL, "aws-1", "AKIARESTART00001", "s", ""));
            SystemCredentialsProvider.getInstance().save();
            CloudOpsGlobalConfiguration config =
                GlobalConfiguration.all().get(CloudOpsGlobalConfiguration.class);
            config.setServerUrl(server.url());
            config.setMediumApprovers("bob");
            WorkflowJob job = r.jenkins.createProject(WorkflowJob.class, "deploy");
            job.setDefinition(
                new CpsFlowDefinition(
                    "cloudopsExecute plan: cloudopsAsk(prompt: 'stop it'), credentialsId: 'aws-1'",
                    true));
            WorkflowRun build = job.scheduleBuild2(0).waitForStart();
            r.waitForMessage("waiting for 1 approval(s) from bob", build);
          });
      sessions.then(
          r -> {
            PipelineEngines.install();
            WorkflowRun build =
                r.jenkins.getItemByFullName("deploy", WorkflowJob.class).getBuildByNumber(1);
            assertThat(build.isBuilding()).isTrue();
            String gate = build.getAction(CloudOpsApprovalAction.class).getGates().get(0).getId();
            JenkinsRule.WebClient bob = r.createWebClient().login("bob");
            WebRequest approve =
                new WebRequest(
                    new URL(r.getURL(), build.getUrl() + "cloudops-approval/approve?id=" + gate),
                    HttpMethod.POST);
            bob.addCrumb(approve);
            bob.getPage(approve);
            r.assertBuildStatusSuccess(r.waitForCompletion(build));
            r.assertLogContains("approved by bob", build);
          });
    } finally {
      server.close();
    }
  }
}
