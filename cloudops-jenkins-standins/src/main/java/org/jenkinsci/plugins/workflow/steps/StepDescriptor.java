package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/** Stand-in: describes a pipeline step (its function name and the context it needs). */
public abstract class StepDescriptor extends Descriptor<Step> {

  public abstract Set<? extends Class<?>> getRequiredContext();

  public abstract String getFunctionName();

  public Set<? extends Class<?>> getProvidedContext() {
    return Set.of();
  }

  public boolean takesImplicitBlockArgument() {
    return false;
  }
}
