package io.cloudops.jenkins.execute;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.actions.ArgumentsAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graph.StepNode;
import org.jenkinsci.plugins.workflow.support.actions.PauseAction;
import org.jenkinsci.plugins.workflow.support.steps.input.InputStep;
import org.jenkinsci.plugins.workflow.support.steps.input.InputSubmittedAction;

/**
 * Reads the {@code input} nodes among the ancestors of a step's own flow node: what came before it
 * in its branch of this build (sibling {@code parallel} branches are not ancestors). Only actions
 * that Jenkins writes are read: workflow-cps's {@code ArgumentsAction}, pipeline-input-step's
 * {@code InputSubmittedAction}, workflow-support's {@code PauseAction} and the {@code ErrorAction}
 * of a failed step.
 */
final class InputEvidence {

  private InputEvidence() {}

  static List<InputRecord> before(FlowNode self) {
    List<InputRecord> records = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<FlowNode> queue = new ArrayDeque<>(self.getParents());
    while (!queue.isEmpty()) {
      FlowNode node = queue.pop();
      if (!seen.add(node.getId())) {
        continue;
      }
      if (node instanceof StepNode step
          && step.getDescriptor() instanceof InputStep.DescriptorImpl) {
        records.add(record(node));
      }
      queue.addAll(node.getParents());
    }
    return records;
  }

  private static InputRecord record(FlowNode node) {
    ArgumentsAction arguments = node.getPersistentAction(ArgumentsAction.class);
    InputSubmittedAction submitted = node.getPersistentAction(InputSubmittedAction.class);
    List<PauseAction> pauses = PauseAction.getPauseActions(node);
    return new InputRecord(
        node.getId(),
        arguments == null ? null : arguments.getArgumentValueOrReason("id"),
        arguments == null ? null : arguments.getArgumentValueOrReason("message"),
        submitted != null,
        submitted == null ? null : submitted.getApprover(),
        pauses.isEmpty() ? 0 : pauses.get(pauses.size() - 1).getEndTime(),
        node.getError() != null);
  }
}
