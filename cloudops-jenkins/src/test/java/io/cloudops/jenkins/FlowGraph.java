package io.cloudops.jenkins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.actions.ArgumentsAction;
import org.jenkinsci.plugins.workflow.actions.ErrorAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graph.StepNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.support.actions.PauseAction;
import org.jenkinsci.plugins.workflow.support.steps.input.InputStep;
import org.jenkinsci.plugins.workflow.support.steps.input.InputSubmittedAction;

/**
 * A build's flow graph as workflow-cps would leave it: step nodes in a chain, each with the
 * arguments it was called with, and {@code input} nodes carrying what pipeline-input-step writes
 * when someone proceeds (InputStepExecution.proceed: InputSubmittedAction, then the pause's end).
 */
public final class FlowGraph {

  private static final StepDescriptor INPUT = new InputStep.DescriptorImpl();
  private final AtomicInteger ids = new AtomicInteger(2);
  private FlowNode head;

  /** A step node of the graph, as workflow-cps's StepAtomNode is one. */
  public static final class Node extends FlowNode implements StepNode {
    private final StepDescriptor descriptor;

    Node(String id, StepDescriptor descriptor, List<FlowNode> parents) {
      super(null, id, parents);
      this.descriptor = descriptor;
    }

    @Override
    public StepDescriptor getDescriptor() {
      return descriptor;
    }

    @Override
    protected String getTypeDisplayName() {
      return descriptor == null ? "node" : descriptor.getFunctionName();
    }
  }

  /**
   * The arguments workflow-cps stored; a value may be an {@code ArgumentsAction.NotStoredReason}.
   */
  public static final class Arguments extends ArgumentsAction {
    private final Map<String, Object> arguments;

    public Arguments(Map<String, Object> arguments) {
      this.arguments = new HashMap<>(arguments);
    }

    @Override
    protected Map<String, Object> getArgumentsInternal() {
      return arguments;
    }
  }

  /**
   * The node of a step called with these arguments (null: arguments not stored), after the head.
   */
  public Node step(StepDescriptor descriptor, Map<String, Object> arguments) {
    Node node =
        new Node(
            Integer.toString(ids.getAndIncrement()),
            descriptor,
            head == null ? List.of() : List.of(head));
    if (arguments != null) {
      node.addAction(new Arguments(arguments));
    }
    head = node;
    return node;
  }

  /** An input that {@code approver} proceeded at {@code approvedAtMillis}. */
  public Node approvedInput(Object id, Object message, String approver, long approvedAtMillis) {
    Node input = pendingInput(id, message);
    input.addAction(new InputSubmittedAction(approver, null));
    PauseAction.getPauseActions(input).get(0).setEndTime(approvedAtMillis);
    return input;
  }

  /** An input still waiting (or stopped without an answer). */
  public Node pendingInput(Object id, Object message) {
    Node input = step(INPUT, Map.of("id", id, "message", message));
    input.addAction(new PauseAction("Input"));
    return input;
  }

  /** Marks a node as failed, as workflow-cps does when its step fails. */
  public static void fail(FlowNode node) {
    node.addAction(new ErrorAction(new Exception("timeout")));
  }

  /** Continues the graph from {@code node}, as a sibling {@code parallel} branch does. */
  public void branchFrom(FlowNode node) {
    head = node;
  }

  public FlowNode head() {
    return head;
  }
}
