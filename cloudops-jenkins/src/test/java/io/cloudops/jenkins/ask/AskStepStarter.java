package io.cloudops.jenkins.ask;

import io.cloudops.jenkins.services.CloudOpsServices;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** Starts {@code CloudOpsAskStep} with given services, for tests in other packages. */
public final class AskStepStarter {

  private AskStepStarter() {}

  /** Starts the step's execution in the context, with these services. */
  public static void start(CloudOpsAskStep step, CloudOpsServices services, StepContext context)
      throws Exception {
    step.withServices(services).start(context).start();
  }
}
