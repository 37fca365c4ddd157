package io.cloudops.cli.console;

import com.sun.net.httpserver.HttpExchange;
import io.cloudops.console.ConsoleApi;
import io.cloudops.console.ExecutionFollower;
import io.cloudops.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code GET /api/executions/{id}/events}: server-sent events that follow an execution in the
 * history as the engine (in this or another process) writes it, until it ends or the browser goes.
 */
final class ExecutionEvents {

  private static final Duration MAX_STREAM = Duration.ofHours(2);

  private final ConsoleApi api;
  private final Duration pollInterval;

  ExecutionEvents(ConsoleApi api, Duration pollInterval) {
    this.api = api;
    this.pollInterval = pollInterval;
  }

  void stream(HttpExchange exchange, String id) throws IOException {
    api.execution(id); // 404 before the stream starts
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    ExecutionFollower follower = new ExecutionFollower();
    long deadline = System.nanoTime() + MAX_STREAM.toNanos();
    try (OutputStream out = exchange.getResponseBody()) {
      while (System.nanoTime() < deadline) {
        for (ExecutionFollower.Event event : follower.poll(api.execution(id))) {
          send(out, event.name(), Json.write(event.data()));
        }
        if (follower.finished()) {
          send(out, "end", "{}");
          return;
        }
        out.write(": waiting\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
          Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static void send(OutputStream out, String name, String data) throws IOException {
    out.write(("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
