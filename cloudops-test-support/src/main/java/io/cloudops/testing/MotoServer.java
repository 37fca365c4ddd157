package io.cloudops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real moto server ({@code moto_server}) on a free loopback port, started once per JVM.
 *
 * <p>It is started with {@code MOTO_EC2_LOAD_DEFAULT_AMIS=false} so that EC2 has no public AMIs or
 * snapshots, is reset between tests by {@link #reset()} and stopped with the JVM.
 */
public final class MotoServer implements AutoCloseable {

  /** The region tests use unless they need another one. */
  public static final String DEFAULT_REGION = "us-east-1";

  /** The account moto answers for unless told otherwise. */
  public static final String DEFAULT_ACCOUNT_ID = "123456789012";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Object LOCK = new Object();
  private static MotoServer shared;

  private final Process process;
  private final URI endpoint;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private MotoServer(Process process, URI endpoint, Path log) {
    this.process = process;
    this.endpoint = endpoint;
    this.log = log;
  }

  /**
   * The JVM-wide server, started on first use.
   *
   * @throws MotoUnavailableException when no {@code moto_server} can be found
   */
  public static MotoServer shared() {
    synchronized (LOCK) {
      if (shared == null || !shared.process.isAlive()) {
        shared = start(MotoLocator.locate().orElseThrow(MotoUnavailableException::new));
        MotoServer started = shared;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "moto-server-stop"));
      }
      return shared;
    }
  }

  /** Starts a dedicated server from the given executable; the caller closes it. */
  public static MotoServer start(Path executable) {
    int port = freePort();
    try {
      Path log = Files.createTempFile("moto-server-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("MOTO_EC2_LOAD_DEFAULT_AMIS", "false");
      env.putIfAbsent("AWS_ACCESS_KEY_ID", "testing");
      env.putIfAbsent("AWS_SECRET_ACCESS_KEY", "testing");
      MotoServer server =
          new MotoServer(builder.start(), URI.create("http://127.0.0.1:" + port), log);
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + executable, e);
    }
  }

  /** The base URL to use as the SDK's endpoint override or the AWS CLI's {@code --endpoint-url}. */
  public URI endpoint() {
    return endpoint;
  }

  /** Removes every resource from every account and region. */
  public void reset() {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "moto reset answered HTTP " + response.statusCode() + ": " + response.body());
    }
  }

  /** The server's combined stdout and stderr, for diagnosing a failed test. */
  public Path log() {
    return log;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    HttpRequest probe =
        HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
            .timeout(Duration.ofSeconds(2))
            .GET()
            .build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "moto_server exited with code " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() < 500) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("Interrupted while waiting for moto_server", e);
      }
      sleep(Duration.ofMillis(100));
    }
    close();
    throw new IllegalStateException(
        "moto_server did not answer on " + endpoint + " within " + START_TIMEOUT + "; see " + log);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("moto_server on " + endpoint + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while talking to moto_server", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port", e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for moto_server", e);
    }
  }

  /** Where to find moto, for callers that only want to know. */
  public static Optional<Path> executable() {
    return MotoLocator.locate();
  }
}
