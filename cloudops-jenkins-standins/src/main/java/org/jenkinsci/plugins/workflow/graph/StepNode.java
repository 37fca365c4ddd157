package org.jenkinsci.plugins.workflow.graph;

import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/** Stand-in: a flow node that runs a step. */
public interface StepNode {
  StepDescriptor getDescriptor();
}
