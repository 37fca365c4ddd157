package io.cloudops.jenkins.execute;

import hudson.EnvVars;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.cloudops.jenkins.DefaultJenkinsFacade;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.jenkins.credentials.AwsCredentialItems;
import io.cloudops.jenkins.services.CloudOpsServices;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** What both plan steps take: the digest that selects a plan of this build, and dry run. */
public abstract class PlanStep extends Step {

  private final String planDigest;
  private boolean dryRun;
  private transient CloudOpsServices overrides;

  protected PlanStep(String planDigest) {
    this.planDigest = planDigest == null ? null : planDigest.strip();
  }

  public String getPlanDigest() {
    return planDigest;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  @DataBoundSetter
  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  /** The services tests hand in; null in Jenkins. */
  CloudOpsServices overrides() {
    return overrides;
  }

  /** For tests. */
  PlanStep withServices(CloudOpsServices services) {
    this.overrides = services;
    return this;
  }

  /** Both steps: advanced in the Snippet Generator, AWS credentials to pick from. */
  abstract static class PlanDescriptor extends StepDescriptor {

    private transient JenkinsFacade jenkins;

    @Override
    public boolean isAdvanced() {
      return true;
    }

    /** Both plan steps read the build, its log, its environment and their own flow node. */
    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class, EnvVars.class, FlowNode.class);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(
        @AncestorInPath Item item, @QueryParameter String credentialsId) {
      JenkinsFacade facade = jenkins == null ? new DefaultJenkinsFacade() : jenkins;
      return AwsCredentialItems.of(facade, item, credentialsId);
    }
  }
}
