package org.jenkinsci.plugins.workflow.cps.replay;

import hudson.model.Action;
import hudson.model.queue.QueueTaskFuture;
import java.util.Map;

/** Stand-in: Replay of a Pipeline build with an edited script. Signatures only. */
public class ReplayAction implements Action {

  private ReplayAction() {}

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getIconFileName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getUrlName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @SuppressWarnings("rawtypes")
  public QueueTaskFuture run(
      String replacementMainScript, Map<String, String> replacementLoadedScripts, boolean rebuilt) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
