package io.cloudops.jenkins.execute;

import io.cloudops.jenkins.CloudOpsServices;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** Starts {@code CloudOpsExecuteStep} with given services, for tests in other packages. */
public final class ExecuteStepStarter {

  private ExecuteStepStarter() {}

  /** Starts the step's execution in the context, with these services. */
  public static void start(CloudOpsExecuteStep step, CloudOpsServices services, StepContext context)
      throws Exception {
    step.withServices(services).start(context).start();
  }

  /** Approves the build's first open gate as {@code approver}; whether it was accepted. */
  public static boolean approveFirstGate(hudson.model.Run<?, ?> run, String approver) {
    CloudOpsApprovalAction approvals = run.getAction(CloudOpsApprovalAction.class);
    return approvals
        .approve(approvals.getGates().get(0).getId(), approver, "ok", java.time.Instant.now())
        .accepted();
  }
}
