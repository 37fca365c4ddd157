package io.cloudops.ask;

import io.cloudops.CloudOpsVersion;
import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.Setting;
import io.cloudops.json.Json;
import io.cloudops.model.EnrichedRequest;
import io.cloudops.model.ServerResponse;
import io.cloudops.text.SecretPatterns;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * HTTP client of the planning server (protocol v1) on {@code java.net.http}: timeouts per attempt
 * and an overall deadline, retries with backoff and jitter on connection errors, 429 (honouring
 * Retry-After) and 5xx, one Idempotency-Key for all attempts of a request. The token is sent as a
 * bearer header and appears nowhere else.
 */
public final class PlanningServerClient {

  private final ServerEndpoint endpoint;
  private final Secret token;
  private final AskOptions options;
  private final HttpClient http;
  private final ServerResponseParser parser;
  private final RetryPolicy retries;

  /**
   * @throws io.cloudops.InvalidInputException when a token would travel over plain http to another
   *     machine
   */
  public PlanningServerClient(ServerEndpoint endpoint, Secret token, AskOptions options) {
    if (token != null && !token.isEmpty() && !endpoint.carriesTokensSafely()) {
      throw new InvalidInputException(
          "refusing to send the server token over plain http to "
              + endpoint
              + "; use an https URL (or a loopback address)");
    }
    this.endpoint = endpoint;
    this.token = token;
    this.options = options;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.parser = new ServerResponseParser(options.maxResponseBytes());
    this.retries = RetryPolicy.of(options.maxAttempts());
  }

  /**
   * Sends a request and returns the validated answer.
   *
   * @throws PlanningServerException when the server cannot be reached in time or refuses
   * @throws ProtocolException when the answer breaks the protocol
   */
  public ServerResponse send(EnrichedRequest request) {
    // tags, properties and prompts may hold AWS keys: the server never receives them
    byte[] body = SecretPatterns.mask(Json.write(request)).getBytes(StandardCharsets.UTF_8);
    String idempotencyKey = UUID.randomUUID().toString();
    Instant deadline = Instant.now().plus(options.deadline());
    URI uri = endpoint.askUri();
    String lastProblem = "no attempt made";
    int lastStatus = -1;
    for (int attempt = 1; attempt <= retries.maxAttempts(); attempt++) {
      Duration remaining = Duration.between(Instant.now(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        break;
      }
      Duration wait;
      try {
        HttpResponse<InputStream> response =
            http.send(
                build(uri, body, idempotencyKey, remaining),
                HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        byte[] answer = readLimited(response.body());
        if (status == 200) {
          return parser.parse(answer);
        }
        lastStatus = status;
        lastProblem = "HTTP " + status + describe(answer);
        if (!RetryPolicy.retryable(status)) {
          throw new PlanningServerException(
              "planning server at " + endpoint + " refused the request: " + lastProblem, status);
        }
        wait = retryAfter(response).orElse(retries.backoff(attempt));
      } catch (HttpTimeoutException e) {
        lastProblem = "no answer in time";
        wait = retries.backoff(attempt);
      } catch (IOException e) {
        lastProblem = "connection failed (" + e.getClass().getSimpleName() + ")";
        wait = retries.backoff(attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PlanningServerException("interrupted while asking " + endpoint, e);
      }
      if (attempt == retries.maxAttempts() || Instant.now().plus(wait).isAfter(deadline)) {
        break;
      }
      sleep(wait);
    }
    throw new PlanningServerException(
        "planning server at "
            + endpoint
            + " gave no usable answer within "
            + options.deadline().toSeconds()
            + " s and "
            + retries.maxAttempts()
            + " attempts (last: "
            + lastProblem
            + "); check the planning server URL and the server's health",
        lastStatus,
        Setting.SERVER_URL);
  }

  private HttpRequest build(URI uri, byte[] body, String idempotencyKey, Duration remaining) {
    Duration timeout =
        remaining.compareTo(options.requestTimeout()) < 0 ? remaining : options.requestTimeout();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .header("User-Agent", "cloudops/" + CloudOpsVersion.get())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null && !token.isEmpty()) {
      builder.header("Authorization", "Bearer " + token.reveal());
    }
    return builder.build();
  }

  private byte[] readLimited(InputStream in) throws IOException {
    try (in) {
      byte[] bytes = in.readNBytes(options.maxResponseBytes() + 1);
      if (bytes.length > options.maxResponseBytes()) {
        throw new ProtocolException(
            "the answer has more than "
                + options.maxResponseBytes()
                + " bytes (the limit); refusing to read it");
      }
      return bytes;
    }
  }

  private String describe(byte[] answer) {
    String text =
        token == null
            ? new String(answer, StandardCharsets.UTF_8)
            : token.maskIn(new String(answer, StandardCharsets.UTF_8));
    text = text.replaceAll("\\s+", " ").trim();
    if (text.isEmpty()) {
      return "";
    }
    return ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
  }

  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Retry-After");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String value = header.get().trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(Instant.now(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException unparseable) {
        return Optional.empty();
      }
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlanningServerException("interrupted while waiting to retry", e);
    }
  }

  @Override
  public String toString() {
    return "PlanningServerClient[" + endpoint + "]";
  }
}
