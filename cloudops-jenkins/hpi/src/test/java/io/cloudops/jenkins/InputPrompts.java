package io.cloudops.jenkins;

import java.net.URL;
import java.util.Set;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.support.steps.input.InputAction;
import org.jenkinsci.plugins.workflow.support.steps.input.InputStepExecution;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Drives the built-in input prompt as people do, over HTTP (pipeline-input-step's own tests:
 * InputStepTest.java:149-152, InputStepRestartTest.java:72-77).
 */
final class InputPrompts {

  private InputPrompts() {}

  /** Waits until the build pauses on an input whose id is not in {@code seen}; returns it. */
  static InputStepExecution next(WorkflowRun build, Set<String> seen) throws Exception {
    for (int i = 0; i < 600; i++) {
      InputAction action = build.getAction(InputAction.class);
      if (action != null) {
        for (InputStepExecution execution : action.getExecutions()) {
          if (!seen.contains(execution.getId())) {
            seen.add(execution.getId());
            return execution;
          }
        }
      }
      if (!build.isBuilding()) {
        throw new AssertionError("the build ended without asking: " + build.getResult());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no new input in 60 s");
  }

  /** POSTs Proceed (or Abort) on the input as {@code user}; returns the HTTP status. */
  static int answer(JenkinsRule r, WorkflowRun build, String id, String user, boolean proceed)
      throws Exception {
    JenkinsRule.WebClient client = r.createWebClient().login(user);
    client.setThrowExceptionOnFailingStatusCode(false);
    WebRequest request =
        new WebRequest(
            new URL(
                r.getURL(),
                build.getUrl() + "input/" + id + "/" + (proceed ? "proceedEmpty" : "abort")),
            HttpMethod.POST);
    client.addCrumb(request);
    return client.getPage(request).getWebResponse().getStatusCode();
  }
}
