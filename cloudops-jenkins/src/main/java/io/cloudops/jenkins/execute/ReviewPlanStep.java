package io.cloudops.jenkins.execute;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.cloudops.jenkins.BuildLog;
import io.cloudops.jenkins.credentials.StepAwsCredentials;
import io.cloudops.jenkins.services.CloudOpsServices;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code cloudopsReviewPlan planDigest: '...'}: where a plan of this build stands, as a Map for the
 * {@code cloudopsExecute} global (approved, required, counted, notCounted, risk, and the {@code
 * input} to ask next: nextInputId, message, submitter, waitMinutes, maxAsks). Runs nothing.
 */
public class ReviewPlanStep extends PlanStep {

  @DataBoundConstructor
  public ReviewPlanStep(String planDigest) {
    super(planDigest);
  }

  private String credentialsId;

  public String getCredentialsId() {
    return credentialsId;
  }

  /** The AWS credentials the plan will run with (the engine's review shows the region's argv). */
  @DataBoundSetter
  public void setCredentialsId(String credentialsId) {
    this.credentialsId = credentialsId == null || credentialsId.isBlank() ? null : credentialsId;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new Execution(context, getPlanDigest(), isDryRun(), credentialsId, overrides());
  }

  /** Off the pipeline thread: the engine's risk assessment may read the store. */
  static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final String digest;
    private final boolean dryRun;
    private final String credentialsId;
    private final transient CloudOpsServices overrides;

    Execution(
        StepContext context,
        String digest,
        boolean dryRun,
        String credentialsId,
        CloudOpsServices overrides) {
      super(context);
      this.digest = digest;
      this.dryRun = dryRun;
      this.credentialsId = credentialsId;
      this.overrides = overrides;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
      CloudOpsServices services = overrides == null ? CloudOpsServices.defaults() : overrides;
      Run<?, ?> run = getContext().get(Run.class);
      BuildLog log = new BuildLog(getContext().get(TaskListener.class).getLogger());
      PlanGate.Checked checked =
          new PlanGate(services)
              .check(
                  run,
                  getContext().get(FlowNode.class),
                  digest,
                  dryRun,
                  CloudOpsExecutionAction.consumedIn(run),
                  PlanGate.aws(
                      services,
                      run,
                      StepAwsCredentials.bound(getContext()),
                      getContext().get(EnvVars.class),
                      credentialsId,
                      log));
      int configured = checked.policy().rule(checked.level()).allowedApprovers().size();
      PlanGate.requireEnoughApprovers(checked, configured);
      ApprovalReview review = checked.review();
      if (review.required() > 0) {
        log.println(
            "plan "
                + checked.plan().shortDigest()
                + " (risk "
                + checked.level().label()
                + "): "
                + review.accepted().size()
                + " of "
                + review.required()
                + " approval(s)"
                + (review.approved()
                    ? ", approved by " + String.join(", ", review.approvers())
                    : "; may still approve: " + String.join(", ", review.eligible())));
      }
      return checked.toMap(
          configured, services.jenkins().configuration().approvalValidity().toMinutes());
    }
  }

  /** The descriptor: function name {@code cloudopsReviewPlan}, advanced. */
  @Extension
  public static final class DescriptorImpl extends PlanDescriptor {

    @Override
    public String getFunctionName() {
      return "cloudopsReviewPlan";
    }

    @Override
    public String getDisplayName() {
      return "CloudOps: review a plan's approvals (used by cloudopsExecute)";
    }
  }
}
