package io.cloudops.jenkins.scan;

import io.cloudops.jenkins.services.CloudOpsServices;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** Starts {@code CloudOpsScanStep} with given services, for tests in other packages. */
public final class ScanStepStarter {

  private ScanStepStarter() {}

  /** Starts the step's execution in the context, with these services. */
  public static void start(CloudOpsScanStep step, CloudOpsServices services, StepContext context)
      throws Exception {
    step.withServices(services).start(context).start();
  }
}
