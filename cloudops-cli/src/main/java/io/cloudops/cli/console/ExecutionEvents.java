package io.cloudops.cli.console;

import com.sun.net.httpserver.HttpExchange;
import io.cloudops.console.ConsoleApi;
import io.cloudops.console.ExecutionStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * {@code GET /api/executions/{id}/events} on the JDK server: the core's {@link ExecutionStream}
 * after the stream's headers.
 */
final class ExecutionEvents {

  private final ExecutionStream stream;

  ExecutionEvents(ConsoleApi api, Duration pollInterval) {
    this.stream = new ExecutionStream(api, pollInterval);
  }

  void stream(HttpExchange exchange, String id) throws IOException {
    stream.check(id); // 404 before the stream starts
    exchange.getResponseHeaders().set("Content-Type", ExecutionStream.CONTENT_TYPE);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      stream.follow(id, out);
    }
  }
}
