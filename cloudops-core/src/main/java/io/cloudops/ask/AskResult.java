package io.cloudops.ask;

import io.cloudops.model.EnrichedRequest;
import io.cloudops.model.ServerResponse;
import java.util.Objects;

/** What was sent and what came back. */
public record AskResult(EnrichedRequest request, ServerResponse response) {

  public AskResult {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
  }
}
