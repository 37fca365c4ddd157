package io.cloudops.execute;

import io.cloudops.model.ExecutionResult;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A plan started in the background: its id (for status, output and cancel) and its result.
 *
 * @param result completes when the run ends; exceptionally when it could not run
 */
public record ExecutionHandle(String id, CompletableFuture<ExecutionResult> result) {

  public ExecutionHandle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(result, "result");
  }
}
