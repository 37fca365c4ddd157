package io.cloudops.cli.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudops.InvalidInputException;
import io.cloudops.console.ApiException;
import io.cloudops.console.ApiExchange;
import io.cloudops.console.ConsoleApi;
import io.cloudops.console.ConsoleAssets;
import io.cloudops.console.ExecutionStream;
import io.cloudops.console.QueryParameters;
import io.cloudops.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Serves the console: its pages at {@code /}, its API at {@code /api/}, the execution event stream
 * at {@code /api/executions/{id}/events}; every request passes the {@link RequestGuard} first.
 */
public final class ConsoleServer implements AutoCloseable {

  private static final String API = "/api/";

  private final HttpServer server;
  private final ExecutorService workers;
  private final ConsoleApi api;
  private final RequestGuard guard;
  private final ConsoleAssets assets = new ConsoleAssets();
  private final ExecutionEvents events;

  private ConsoleServer(
      HttpServer server, ExecutorService workers, ConsoleApi api, RequestGuard guard) {
    this.server = server;
    this.workers = workers;
    this.api = api;
    this.guard = guard;
    this.events = new ExecutionEvents(api, Duration.ofMillis(250));
  }

  /**
   * Starts serving.
   *
   * @param address where to listen; a loopback address also restricts the {@code Host} header
   */
  public static ConsoleServer start(InetSocketAddress address, ConsoleApi api, ConsoleToken token)
      throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    int port = server.getAddress().getPort();
    List<String> hosts =
        address.getAddress().isLoopbackAddress()
            ? List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)
            : List.of();
    ExecutorService workers = Executors.newFixedThreadPool(16, daemonThreads());
    ConsoleServer console =
        new ConsoleServer(server, workers, api, new RequestGuard(token, port, hosts));
    server.setExecutor(workers);
    server.createContext("/", console::handle);
    server.start();
    return console;
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "cloudops-console");
      thread.setDaemon(true);
      return thread;
    };
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      securityHeaders(exchange);
      URI uri = exchange.getRequestURI();
      String method = exchange.getRequestMethod();
      QueryParameters query = null;
      RequestGuard.Access access;
      try {
        InvalidInputException malformed = null;
        try {
          query = QueryParameters.parse(uri.getRawQuery());
        } catch (InvalidInputException e) {
          malformed = e;
        }
        // the token is checked first: without it, even a malformed request learns nothing
        access =
            guard.check(
                method,
                exchange.getRequestHeaders(),
                query == null ? QueryParameters.parse(null) : query);
        if (malformed != null) {
          throw malformed;
        }
      } catch (ApiException | InvalidInputException refused) {
        sendError(exchange, refused);
        return;
      }
      if (access == RequestGuard.Access.GRANTED_BY_QUERY) {
        exchange.getResponseHeaders().add("Set-Cookie", guard.cookieHeader());
      }
      String path = uri.getRawPath();
      if (path.startsWith(API)) {
        serveApi(exchange, method, path.substring(API.length()), query);
      } else if (access == RequestGuard.Access.GRANTED_BY_QUERY) {
        // the token leaves the address bar (and the history) once the cookie holds it; always to
        // the console's root, so a crafted path ("//elsewhere") cannot redirect off the console
        exchange.getResponseHeaders().set("Location", "/");
        exchange.sendResponseHeaders(303, -1);
      } else {
        serveAsset(exchange, method, path);
      }
    }
  }

  private void serveApi(HttpExchange exchange, String method, String path, QueryParameters query)
      throws IOException {
    try {
      Optional<String> followed = ExecutionStream.requested(method, path);
      if (followed.isPresent()) {
        events.stream(exchange, followed.get());
        return;
      }
      JsonNode body;
      try (var in = exchange.getRequestBody()) {
        body = ApiExchange.body(in);
      }
      sendJson(exchange, 200, api.handle(method, path, query, body));
    } catch (RuntimeException failed) {
      sendError(exchange, failed);
    }
  }

  private void serveAsset(HttpExchange exchange, String method, String path) throws IOException {
    var asset = method.equals("GET") ? assets.find(path) : Optional.<ConsoleAssets.Asset>empty();
    if (asset.isEmpty()) {
      sendError(exchange, new ApiException(404, "no page " + path));
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", asset.get().contentType());
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, asset.get().content().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(asset.get().content());
    }
  }

  private static void securityHeaders(HttpExchange exchange) {
    ApiExchange.SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
  }

  static void sendJson(HttpExchange exchange, int status, JsonNode json) throws IOException {
    byte[] bytes = Json.write(json).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sendError(HttpExchange exchange, RuntimeException failure)
      throws IOException {
    int status = ApiExchange.status(failure);
    if (status == 401) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"cloudops-console\"");
    }
    sendJson(exchange, status, ApiExchange.error(failure));
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
