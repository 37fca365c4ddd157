package io.cloudops.jenkins.execute;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.cloudops.jenkins.BuildLog;
import io.cloudops.jenkins.CloudOpsServices;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

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

  @Override
  public StepExecution start(StepContext context) {
    return new Execution(context, getPlanDigest(), isDryRun(), overrides());
  }

  /** Off the pipeline thread: the engine's risk assessment may read the store. */
  static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final String digest;
    private final boolean dryRun;
    private final transient CloudOpsServices overrides;

    Execution(StepContext context, String digest, boolean dryRun, CloudOpsServices overrides) {
      super(context);
      this.digest = digest;
      this.dryRun = dryRun;
      this.overrides = overrides;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
      CloudOpsServices services = overrides == null ? CloudOpsServices.defaults() : overrides;
      Run<?, ?> run = getContext().get(Run.class);
      PlanGate.Checked checked =
          new PlanGate(services)
              .check(
                  run,
                  getContext().get(FlowNode.class),
                  digest,
                  dryRun,
                  CloudOpsExecutionAction.consumedIn(run));
      int configured = checked.policy().rule(checked.level()).allowedApprovers().size();
      PlanGate.requireEnoughApprovers(checked, configured);
      BuildLog log = new BuildLog(getContext().get(TaskListener.class).getLogger());
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
  public static final class DescriptorImpl extends StepDescriptor {

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class, FlowNode.class);
    }

    @Override
    public String getFunctionName() {
      return "cloudopsReviewPlan";
    }

    @Override
    public String getDisplayName() {
      return "CloudOps: review a plan's approvals (used by cloudopsExecute)";
    }

    @Override
    public boolean isAdvanced() {
      return true;
    }
  }
}
