package io.cloudops.jenkins.execute;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.cloudops.jenkins.CloudOpsServices;
import io.cloudops.jenkins.DefaultJenkinsFacade;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.jenkins.credentials.AwsCredentialItems;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code cloudopsExecute plan: answer} (the Map {@code cloudopsAsk} returned) or {@code
 * cloudopsExecute planDigest: '...'}, with {@code dryRun} and {@code credentialsId}. Medium and
 * High plans wait for their approvals on the build's CloudOps approvals page.
 */
public class CloudOpsExecuteStep extends Step {

  private Object plan;
  private String planDigest;
  private boolean dryRun;
  private String credentialsId;
  private transient CloudOpsServices overrides;

  @DataBoundConstructor
  public CloudOpsExecuteStep() {}

  public Object getPlan() {
    return plan;
  }

  /**
   * The Map returned by cloudopsAsk (only its planDigest is used; the plan comes from the build).
   */
  @DataBoundSetter
  public void setPlan(Object plan) {
    this.plan = plan;
  }

  public String getPlanDigest() {
    return planDigest;
  }

  @DataBoundSetter
  public void setPlanDigest(String planDigest) {
    this.planDigest = planDigest == null || planDigest.isBlank() ? null : planDigest.strip();
  }

  public boolean isDryRun() {
    return dryRun;
  }

  @DataBoundSetter
  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  public String getCredentialsId() {
    return credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(String credentialsId) {
    this.credentialsId = credentialsId == null || credentialsId.isBlank() ? null : credentialsId;
  }

  /** The digest the step was given, directly or inside the cloudopsAsk result. */
  String digest() {
    if (planDigest != null) {
      return planDigest;
    }
    if (plan instanceof Map<?, ?> map && map.get("planDigest") instanceof String digest) {
      return digest;
    }
    if (plan instanceof String digest && !digest.isBlank()) {
      return digest.strip();
    }
    return null;
  }

  /** For tests. */
  CloudOpsExecuteStep withServices(CloudOpsServices services) {
    this.overrides = services;
    return this;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new ExecuteExecution(this, context, overrides);
  }

  /** The descriptor: function name {@code cloudopsExecute}. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {

    private transient JenkinsFacade jenkins;

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class, EnvVars.class);
    }

    @Override
    public String getFunctionName() {
      return "cloudopsExecute";
    }

    @Override
    public String getDisplayName() {
      return "CloudOps: run an approved plan";
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(
        @AncestorInPath Item item, @QueryParameter String credentialsId) {
      JenkinsFacade facade = jenkins == null ? new DefaultJenkinsFacade() : jenkins;
      return AwsCredentialItems.of(facade, item, credentialsId);
    }
  }
}
