package io.cloudops.store.qdrant;

import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.Setting;
import io.cloudops.config.HttpUrls;
import io.cloudops.store.StoreException;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One gRPC connection to Qdrant with a deadline on every call, turning transport failures into
 * one-line {@link StoreException}s that say what to check.
 */
public final class QdrantConnection implements AutoCloseable {

  /**
   * gRPC's Netty transport logs an INFO line through java.util.logging when it first loads; the
   * library never prints, so that logger is kept (strongly referenced) at WARNING.
   */
  private static final Logger TRANSPORT_LOG =
      Logger.getLogger("io.grpc.netty.shaded.io.grpc.netty.TcpMetrics");

  static {
    TRANSPORT_LOG.setLevel(Level.WARNING);
  }

  private final QdrantClient client;
  private final String where;
  private final Duration timeout;

  private QdrantConnection(QdrantClient client, String where, Duration timeout) {
    this.client = client;
    this.where = where;
    this.timeout = timeout;
  }

  /**
   * Connects to {@code http://host:port} (plain gRPC) or {@code https://host:port} (TLS).
   *
   * @param apiKey sent as the {@code api-key} header; empty for none
   */
  public static QdrantConnection open(URI url, Secret apiKey, Duration timeout) {
    HttpUrls.problem(url)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(
                  HttpUrls.message("The Qdrant URL", url, problem, HttpUrls.QDRANT_EXAMPLE),
                  Setting.QDRANT_URL);
            });
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() == -1 ? HttpUrls.QDRANT_GRPC_PORT : url.getPort();
    QdrantGrpcClient.Builder builder =
        QdrantGrpcClient.newBuilder(url.getHost(), port, scheme.equals("https"), false)
            .withTimeout(timeout);
    if (apiKey != null && !apiKey.isEmpty()) {
      builder.withApiKey(apiKey.reveal());
    }
    return new QdrantConnection(
        new QdrantClient(builder.build()), "Qdrant at " + url.getHost() + ":" + port, timeout);
  }

  /** Uses an existing channel (in-process tests); closing the connection shuts it down. */
  public static QdrantConnection over(ManagedChannel channel, String name, Duration timeout) {
    QdrantGrpcClient grpc =
        QdrantGrpcClient.newBuilder(channel, true, false).withTimeout(timeout).build();
    return new QdrantConnection(new QdrantClient(grpc), "Qdrant at " + name, timeout);
  }

  QdrantClient client() {
    return client;
  }

  Duration timeout() {
    return timeout;
  }

  /** Waits for a call, at most the timeout, and explains a failure in one line. */
  <T> T call(Future<T> future, String what) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while " + what + " on " + where, e);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new StoreException(where + " did not answer within " + seconds() + " while " + what, e);
    } catch (ExecutionException e) {
      throw failure(e.getCause() == null ? e : e.getCause(), what);
    }
  }

  private StoreException failure(Throwable cause, String what) {
    Status status =
        cause instanceof StatusRuntimeException s ? s.getStatus() : Status.fromThrowable(cause);
    String detail = status.getDescription() == null ? "" : ": " + status.getDescription();
    if (status.getCause() != null && status.getCause().getMessage() != null) {
      detail += " (" + status.getCause().getMessage().lines().findFirst().orElse("") + ")";
    }
    switch (status.getCode()) {
      case UNAVAILABLE:
        return new StoreException(
            where
                + " is unreachable while "
                + what
                + detail
                + "; check the Qdrant URL and that the server is running",
            Setting.QDRANT_URL,
            cause);
      case DEADLINE_EXCEEDED:
        return new StoreException(
            where + " did not answer within " + seconds() + " while " + what, cause);
      case UNAUTHENTICATED:
      case PERMISSION_DENIED:
        return new StoreException(
            where + " refused the request while " + what + "; check the Qdrant API key",
            Setting.QDRANT_API_KEY,
            cause);
      default:
        return new StoreException(
            where + " failed while " + what + " (" + status.getCode() + detail + ")", cause);
    }
  }

  private String seconds() {
    return timeout.toMillis() < 1000
        ? timeout.toMillis() + " ms"
        : timeout.toSeconds() + " s (the request timeout)";
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return where;
  }
}
