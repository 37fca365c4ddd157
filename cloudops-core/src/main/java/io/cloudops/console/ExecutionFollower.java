package io.cloudops.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.StatusTransition;
import io.cloudops.model.StepResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows one execution in the history as the engine writes it: each poll returns what was added
 * since the last one, as the events of {@code GET /api/executions/{id}/events} ({@code status} for
 * a transition, {@code step} for a finished step with its output).
 */
public final class ExecutionFollower {

  /** One server-sent event. */
  public record Event(String name, ObjectNode data) {}

  private int transitionsSeen;
  private int stepsSeen;
  private boolean finished;

  /** The events the record holds beyond those already returned. */
  public List<Event> poll(ExecutionRecord record) {
    List<Event> events = new ArrayList<>();
    List<StatusTransition> transitions = record.transitions();
    List<StepResult> steps = record.steps();
    for (; stepsSeen < steps.size(); stepsSeen++) {
      events.add(new Event("step", (ObjectNode) Json.tree(steps.get(stepsSeen))));
    }
    for (; transitionsSeen < transitions.size(); transitionsSeen++) {
      events.add(new Event("status", (ObjectNode) Json.tree(transitions.get(transitionsSeen))));
    }
    finished = record.status().isTerminal();
    return events;
  }

  /** Whether the last poll saw the execution end. */
  public boolean finished() {
    return finished;
  }
}
