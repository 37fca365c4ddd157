package io.cloudops.emulator;

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
import java.util.concurrent.TimeUnit;

/**
 * A moto server process on a free loopback port, started with {@code
 * MOTO_EC2_LOAD_DEFAULT_AMIS=false} (no public AMIs or snapshots), reset on request, stopped with
 * its children on {@link #close()}.
 */
public final class MotoProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final URI endpoint;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private MotoProcess(Process process, URI endpoint, Path log) {
    this.process = process;
    this.endpoint = endpoint;
    this.log = log;
  }

  /**
   * Starts moto from the given executable and waits until it answers.
   *
   * @throws IllegalStateException when it exits or does not answer within a minute
   */
  public static MotoProcess start(Path executable) {
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
      MotoProcess moto =
          new MotoProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
      moto.awaitReady();
      return moto;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + executable, e);
    }
  }

  /** The base URL: the SDK's endpoint override, the AWS CLI's {@code --endpoint-url}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The server's combined output. */
  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Removes every resource from every account and region. */
  public void reset() {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "moto reset answered HTTP " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("moto_server on " + endpoint + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while resetting moto_server", e);
    }
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
        Thread.sleep(100);
      } catch (IOException notYet) {
        pause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("Interrupted while waiting for moto_server", e);
      }
    }
    close();
    throw new IllegalStateException(
        "moto_server did not answer on " + endpoint + " within " + START_TIMEOUT + "; see " + log);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for moto_server", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port", e);
    }
  }
}
