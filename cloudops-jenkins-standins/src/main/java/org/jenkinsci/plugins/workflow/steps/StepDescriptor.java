package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/** Stand-in: describes a pipeline step (its function name and the context it needs). */
public abstract class StepDescriptor extends Descriptor<Step> {

  public abstract Set<? extends Class<?>> getRequiredContext();

  public abstract String getFunctionName();

  /**
   * As the real default (workflow-step-api commit 0773c3c,
   * src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java:111-113).
   */
  public boolean isAdvanced() {
    return false;
  }

  public Set<? extends Class<?>> getProvidedContext() {
    return Set.of();
  }

  public boolean takesImplicitBlockArgument() {
    return false;
  }
}
