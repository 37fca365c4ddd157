package io.cloudops.scan;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP forwarder between the SDK and moto that can delay every call and answer some with
 * faults instead: throttling in each protocol's own error shape, 503, AccessDenied, or a dropped
 * connection. The service and region of a call come from its SigV4 credential scope.
 */
final class FaultInjectingForwarder implements AutoCloseable {

  /** What to do with one call. */
  enum Fault {
    NONE,
    THROTTLE,
    UNAVAILABLE,
    ACCESS_DENIED,
    DROP
  }

  /** Decides the fault of each call. */
  @FunctionalInterface
  interface Policy {
    Fault decide(String service, String region, String action);

    Policy NONE = (service, region, action) -> Fault.NONE;
  }

  /** Names the forwarder's own threads, so benchmarks can leave them out. */
  static final String THREAD_PREFIX = "forwarder-";

  private static final Pattern SCOPE =
      Pattern.compile("Credential=[^/]+/\\d{8}/([^/]+)/([^/]+)/aws4_request");
  private static final Set<String> HOP_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

  private final HttpServer server;
  private final ExecutorService executor;
  private final HttpClient http;
  private final URI target;
  private final Duration delay;
  private volatile Policy policy = Policy.NONE;
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong faults = new AtomicLong();

  FaultInjectingForwarder(URI target, Duration delay, int threads) throws IOException {
    this.target = target;
    this.delay = delay;
    AtomicLong threadNumber = new AtomicLong();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, THREAD_PREFIX + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(
                Executors.newFixedThreadPool(
                    4,
                    r -> {
                      Thread t = new Thread(r, THREAD_PREFIX + "client");
                      t.setDaemon(true);
                      return t;
                    }))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void policy(Policy policy) {
    this.policy = policy;
  }

  /** Calls received, faults included. */
  long calls() {
    return calls.get();
  }

  long faults() {
    return faults.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    calls.incrementAndGet();
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      Matcher scope = SCOPE.matcher(auth == null ? "" : auth);
      String region = scope.find() ? scope.group(1) : "";
      String service = scope.groupCount() > 1 && !region.isEmpty() ? scope.group(2) : "";
      String action = action(exchange, body);
      if (!delay.isZero()) {
        sleep(delay);
      }
      Fault fault = policy.decide(service, region, action);
      if (fault != Fault.NONE) {
        faults.incrementAndGet();
      }
      switch (fault) {
        case DROP -> {
          return; // closing the exchange before any response drops the connection
        }
        case THROTTLE -> sendError(exchange, service, true);
        case ACCESS_DENIED -> sendError(exchange, service, false);
        case UNAVAILABLE -> send(exchange, 503, Map.of(), new byte[0]);
        case NONE -> forward(exchange, body);
      }
    }
  }

  private static String action(HttpExchange exchange, byte[] body) {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    if (target != null) {
      return target.substring(target.indexOf('.') + 1);
    }
    String form = new String(body, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("Action=([A-Za-z]+)").matcher(form);
    return m.find() ? m.group(1) : exchange.getRequestMethod() + " " + exchange.getRequestURI();
  }

  private void forward(HttpExchange exchange, byte[] body) throws IOException {
    URI uri = target.resolve(exchange.getRequestURI().toString());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!HOP_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        header.getValue().forEach(v -> request.header(header.getKey(), v));
      }
    }
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    Headers headers = exchange.getResponseHeaders();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                headers.put(name, values);
              }
            });
    boolean noBody =
        "HEAD".equals(exchange.getRequestMethod())
            || response.statusCode() == 204
            || response.statusCode() == 304;
    byte[] bytes = response.body();
    exchange.sendResponseHeaders(
        response.statusCode(), noBody || bytes.length == 0 ? -1 : bytes.length);
    if (!noBody && bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** An error in the shape the service's protocol uses. */
  private static void sendError(HttpExchange exchange, String service, boolean throttle)
      throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    contentType = contentType == null ? "" : contentType;
    if ("s3".equals(service)) {
      String code = throttle ? "SlowDown" : "AccessDenied";
      send(
          exchange,
          throttle ? 503 : 403,
          Map.of("Content-Type", "application/xml"),
          xml("<Error><Code>" + code + "</Code><Message>injected</Message></Error>"));
    } else if ("ec2".equals(service)) {
      String code = throttle ? "RequestLimitExceeded" : "UnauthorizedOperation";
      send(
          exchange,
          throttle ? 503 : 403,
          Map.of("Content-Type", "text/xml"),
          xml(
              "<Response><Errors><Error><Code>"
                  + code
                  + "</Code><Message>injected</Message>"
                  + "</Error></Errors><RequestID>x</RequestID></Response>"));
    } else if (contentType.startsWith("application/x-amz-json")) {
      String code = throttle ? "ThrottlingException" : "AccessDeniedException";
      send(
          exchange,
          400,
          Map.of("Content-Type", contentType),
          xml("{\"__type\":\"" + code + "\",\"message\":\"injected\"}"));
    } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
      String code = throttle ? "Throttling" : "AccessDenied";
      send(
          exchange,
          throttle ? 400 : 403,
          Map.of("Content-Type", "text/xml"),
          xml(
              "<ErrorResponse><Error><Type>Sender</Type><Code>"
                  + code
                  + "</Code>"
                  + "<Message>injected</Message></Error><RequestId>x</RequestId></ErrorResponse>"));
    } else {
      String code = throttle ? "TooManyRequestsException" : "AccessDeniedException";
      send(
          exchange,
          throttle ? 429 : 403,
          Map.of("Content-Type", "application/json", "x-amzn-ErrorType", code),
          xml("{\"message\":\"injected\"}"));
    }
  }

  private static byte[] xml(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void send(
      HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
      throws IOException {
    headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
