package io.cloudops.jenkins.execute;

import hudson.Extension;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code cloudopsRunPlan planDigest: '...'}: runs a plan of this build once its approvals are
 * proven by this build's {@code input} nodes (checked here again, whatever the Jenkinsfile did),
 * with {@code dryRun} and {@code credentialsId}. Usually called by the {@code cloudopsExecute}
 * global.
 */
public class RunPlanStep extends PlanStep {

  private String credentialsId;

  @DataBoundConstructor
  public RunPlanStep(String planDigest) {
    super(planDigest);
  }

  public String getCredentialsId() {
    return credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(String credentialsId) {
    this.credentialsId = credentialsId == null || credentialsId.isBlank() ? null : credentialsId;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new RunPlanExecution(context, getPlanDigest(), isDryRun(), credentialsId, overrides());
  }

  /** The descriptor: function name {@code cloudopsRunPlan}, advanced. */
  @Extension
  public static final class DescriptorImpl extends PlanDescriptor {

    @Override
    public String getFunctionName() {
      return "cloudopsRunPlan";
    }

    @Override
    public String getDisplayName() {
      return "CloudOps: run an approved plan (used by cloudopsExecute)";
    }
  }
}
