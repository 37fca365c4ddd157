package io.cloudops.console;

import io.cloudops.execute.history.LiveOutput;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code GET /api/executions/{id}/events} in every host: server-sent events that follow
 * an execution in the history as the engine (in this or another process) writes it, until it ends,
 * the stream's time is up or the browser goes (a failed write).
 */
public final class ExecutionStream {

  /** The content type of the stream. */
  public static final String CONTENT_TYPE = "text/event-stream; charset=utf-8";

  private static final Duration MAX_STREAM = Duration.ofHours(2);

  private static final String PREFIX = "executions/";
  private static final String SUFFIX = "/events";

  private final ConsoleApi api;
  private final Duration pollInterval;

  public ExecutionStream(ConsoleApi api, Duration pollInterval) {
    this.api = api;
    this.pollInterval = pollInterval;
  }

  /**
   * The execution whose events a request asks for: {@code GET executions/{id}/events}, the path
   * below {@code api/} as received (not decoded); empty for any other request.
   */
  public static Optional<String> requested(String method, String path) {
    if (!method.equals("GET") || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String id = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
    return Optional.of(URLDecoder.decode(id, StandardCharsets.UTF_8));
  }

  /** Fails with a 404 for an unknown execution; call it before the answer's headers go out. */
  public void check(String id) {
    api.execution(id);
  }

  /** Writes the events until the execution has ended ({@code event: end}). */
  public void follow(String id, OutputStream out) throws IOException {
    ExecutionFollower follower = new ExecutionFollower();
    long deadline = System.nanoTime() + MAX_STREAM.toNanos();
    while (System.nanoTime() < deadline) {
      ExecutionRecord record = api.execution(id);
      List<LiveOutput.Line> lines =
          record.status().isTerminal() ? List.of() : api.liveOutput(id, follower.linesSeen());
      for (ExecutionFollower.Event event : follower.poll(record, lines)) {
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

  private static void send(OutputStream out, String name, String data) throws IOException {
    out.write(("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
