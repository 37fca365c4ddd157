package org.jenkinsci.plugins.workflow.support.actions;

import hudson.model.Action;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.actions.PersistentAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Stand-in: a pause of a flow node (an {@code input} waiting). Behaviour as the real one
 * (workflow-support 1015.v785e5a_b_b_8b_22 commit 785e5ab,
 * src/main/java/org/jenkinsci/plugins/workflow/support/actions/PauseAction.java; the real extends
 * InvisibleAction, whose icon, name and URL are null).
 */
public class PauseAction implements PersistentAction {

  private String cause;
  private long startTime = System.currentTimeMillis();
  private long endTime;

  /** PauseAction.java:53-55. */
  public PauseAction(String cause) {
    this.cause = cause;
  }

  public String getCause() {
    return cause;
  }

  /** PauseAction.java:73-75. */
  public long getEndTime() {
    return endTime;
  }

  /** PauseAction.java:77-79. */
  public void setEndTime(long endTime) {
    this.endTime = endTime;
  }

  public long getStartTime() {
    return startTime;
  }

  /** PauseAction.java:141-152: every PauseAction among the node's actions, in order. */
  public static List<PauseAction> getPauseActions(FlowNode node) {
    List<PauseAction> pauseActions = new ArrayList<>();
    for (Action action : node.getActions()) {
      if (action instanceof PauseAction pause) {
        pauseActions.add(pause);
      }
    }
    return pauseActions;
  }

  @Override
  public String getIconFileName() {
    return null;
  }

  @Override
  public String getDisplayName() {
    return null;
  }

  @Override
  public String getUrlName() {
    return null;
  }
}
