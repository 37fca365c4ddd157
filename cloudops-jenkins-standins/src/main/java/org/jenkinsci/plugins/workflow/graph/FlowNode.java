package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Action;
import hudson.model.Actionable;
import java.util.List;
import org.jenkinsci.plugins.workflow.actions.ErrorAction;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

/**
 * Stand-in: one node of a build's flow graph, with its parents and actions. Storage is not
 * modelled: actions live in memory (real: workflow-api FlowNode.java, loaded lazily and saved
 * through FlowExecution.saveActions).
 */
public abstract class FlowNode extends Actionable {

  private final FlowExecution exec;
  private final String id;
  private final List<FlowNode> parents;

  protected FlowNode(FlowExecution exec, String id, List<FlowNode> parents) {
    this.exec = exec;
    this.id = id;
    this.parents = List.copyOf(parents);
  }

  protected FlowNode(FlowExecution exec, String id, FlowNode... parents) {
    this(exec, id, List.of(parents));
  }

  /**
   * As the real one: {@code getPersistentAction(ErrorAction.class)} (workflow-api
   * 1413.v2ff1a_5e720fa_ commit 2ff1a5e, src/main/java/org/jenkinsci/plugins/workflow/graph/
   * FlowNode.java:142-144).
   */
  public final ErrorAction getError() {
    return getPersistentAction(ErrorAction.class);
  }

  public FlowExecution getExecution() {
    return exec;
  }

  /** A read-only view of the parents (FlowNode.java:153-159). */
  public List<FlowNode> getParents() {
    return parents;
  }

  public String getId() {
    return id;
  }

  protected abstract String getTypeDisplayName();

  /**
   * As the real one: the first action of the type among the node's own actions (FlowNode.java:
   * 373-381; the real loads them from storage first).
   */
  public final <T extends Action> T getPersistentAction(Class<T> type) {
    for (Action a : getActions()) {
      if (type.isInstance(a)) {
        return type.cast(a);
      }
    }
    return null;
  }

  /** The node's own actions (FlowNode.java:423-496 returns the persisted actions list). */
  public List<Action> getActions() {
    return List.copyOf(getAllActions());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[id=" + id + "]";
  }
}
