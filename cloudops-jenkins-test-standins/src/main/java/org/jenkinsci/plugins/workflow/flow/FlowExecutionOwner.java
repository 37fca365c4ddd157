package org.jenkinsci.plugins.workflow.flow;

import hudson.model.Queue;

/** Stand-in: only the type of a build that runs a flow. */
public abstract class FlowExecutionOwner {

  /** Stand-in: a build that runs a flow (a Pipeline build). */
  public interface Executable extends Queue.Executable {}
}
