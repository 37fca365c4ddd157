package org.jenkinsci.plugins.workflow.support.steps.input;

import hudson.model.Run;
import java.util.List;
import java.util.concurrent.TimeoutException;
import jenkins.model.RunAction2;

/** Stand-in: the input prompts a build waits on. Signatures only. */
public class InputAction implements RunAction2 {

  public synchronized InputStepExecution getExecution(String id)
      throws InterruptedException, TimeoutException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public synchronized List<InputStepExecution> getExecutions()
      throws InterruptedException, TimeoutException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getIconFileName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getUrlName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public void onAttached(Run<?, ?> r) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public void onLoad(Run<?, ?> r) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
