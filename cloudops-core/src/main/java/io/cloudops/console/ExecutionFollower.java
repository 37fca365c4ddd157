package io.cloudops.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.execute.history.LiveOutput;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.StatusTransition;
import io.cloudops.model.StepResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows one execution in the history as the engine writes it: each poll returns what was added
 * since the last one, as the events of {@code GET /api/executions/{id}/events} ({@code line} for an
 * output line as the engine emits it, {@code step} for a finished step with its output, {@code
 * status} for a transition).
 */
public final class ExecutionFollower {

  /** One server-sent event. */
  public record Event(String name, ObjectNode data) {}

  private int transitionsSeen;
  private int linesSeen;
  private int stepsSeen;
  private boolean finished;

  /** The events the record holds beyond those already returned. */
  public List<Event> poll(ExecutionRecord record) {
    return poll(record, List.of());
  }

  /**
   * The events beyond those already returned, the live output lines first.
   *
   * @param lines the run's live output from the {@link #linesSeen()}-th line on
   */
  public List<Event> poll(ExecutionRecord record, List<LiveOutput.Line> lines) {
    List<Event> events = new ArrayList<>();
    for (LiveOutput.Line line : lines) {
      events.add(new Event("line", (ObjectNode) Json.tree(line)));
      linesSeen++;
    }
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

  /** How many live output lines the polls returned. */
  public int linesSeen() {
    return linesSeen;
  }

  /** Whether the last poll saw the execution end. */
  public boolean finished() {
    return finished;
  }
}
