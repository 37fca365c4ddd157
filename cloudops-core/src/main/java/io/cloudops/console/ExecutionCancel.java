package io.cloudops.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.StatusTransition;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /api/executions/{id}/cancel} where executions run in processes of this machine (the
 * CLI host): stops the process that runs it and its children, as Ctrl-C in its terminal would (the
 * JVM's shutdown, the {@code aws} processes ended), then records the execution as cancelled.
 */
public final class ExecutionCancel {

  private final ExecutionHistory history;
  private final Duration wait;
  private final Clock clock;

  /**
   * @param wait how long the process may take to stop
   */
  public ExecutionCancel(ExecutionHistory history, Duration wait, Clock clock) {
    this.history = history;
    this.wait = wait;
    this.clock = clock;
  }

  public JsonNode cancel(String id) {
    ExecutionRecord record =
        history.get(id).orElseThrow(() -> ApiException.notFound("execution " + id));
    if (record.status().isTerminal()) {
      throw new ApiException(409, "execution " + id + " already ended (" + record.status() + ")");
    }
    ProcessHandle owner =
        history
            .owner(id)
            .orElseThrow(
                () ->
                    new ApiException(
                        409,
                        "execution "
                            + id
                            + " has no running process on this machine to stop"
                            + " (it ended, or runs elsewhere)"));
    if (owner.pid() == ProcessHandle.current().pid()) {
      throw new ApiException(409, "execution " + id + " runs in the console's own process");
    }
    owner.descendants().forEach(ProcessHandle::destroy);
    owner.destroy();
    try {
      owner.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ApiException(
          504, "process " + owner.pid() + " of execution " + id + " did not stop within " + wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "interrupted while stopping execution " + id);
    } catch (ExecutionException e) {
      throw new ApiException(500, "cannot tell whether execution " + id + " stopped");
    }
    history.transition(
        id,
        new StatusTransition(
            ExecutionStatus.CANCELLED,
            clock.instant(),
            "cancelled from the console: process " + owner.pid() + " stopped"));
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("cancelled", id);
    json.put("pid", owner.pid());
    return json;
  }
}
