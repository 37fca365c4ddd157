package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Describable;

/** Stand-in: a pipeline step's configuration; {@link #start} creates its execution. */
public abstract class Step implements Describable<Step> {

  public abstract StepExecution start(StepContext context) throws Exception;

  @Override
  public StepDescriptor getDescriptor() {
    throw new UnsupportedOperationException("stand-in: descriptors need a running Jenkins");
  }
}
