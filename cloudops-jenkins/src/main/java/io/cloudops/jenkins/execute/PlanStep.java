package io.cloudops.jenkins.execute;

import io.cloudops.jenkins.CloudOpsServices;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

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
}
