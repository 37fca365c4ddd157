package org.jenkinsci.plugins.workflow.support.steps.input;

import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.Serializable;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/** Stand-in: the built-in {@code input} step; only its descriptor's type is used here. */
public class InputStep implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String message;

  public InputStep(String message) {
    this.message = message;
  }

  public String getMessage() {
    return message;
  }

  public String getSubmitter() {
    throw new UnsupportedOperationException("stand-in: submitters are not modelled");
  }

  /** Stand-in: the {@code input} step's descriptor. */
  public static class DescriptorImpl extends StepDescriptor {

    @Override
    public String getFunctionName() {
      return "input";
    }

    /** InputStep.java:246-250: Run, TaskListener and FlowNode. */
    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class, FlowNode.class);
    }
  }
}
