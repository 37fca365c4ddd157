package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** Stand-in: the running state of one step; persisted with the pipeline program. */
public abstract class StepExecution implements Serializable {
  private static final long serialVersionUID = 1L;

  private final StepContext context;

  protected StepExecution(StepContext context) {
    this.context = context;
  }

  public StepContext getContext() {
    return context;
  }

  /**
   * @return true when the step finished synchronously (the context is already completed)
   */
  public abstract boolean start() throws Exception;

  public void stop(Throwable cause) throws Exception {
    getContext().onFailure(cause);
  }

  public void onResume() {}

  public String getStatus() {
    return null;
  }

  public boolean blocksRestart() {
    return false;
  }
}
