package io.cloudops.store.qdrant;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake Qdrant services on a real local TCP port (plain gRPC), requiring an {@code api-key}
 * header as Qdrant does when one is configured: exercises the URL, transport and API-key path.
 */
final class TcpQdrant implements AutoCloseable {

  private static final Metadata.Key<String> API_KEY =
      Metadata.Key.of("api-key", Metadata.ASCII_STRING_MARSHALLER);

  private final Server server;

  TcpQdrant(String apiKey) {
    Map<String, FakeCollection> collections = new ConcurrentHashMap<>();
    ServerInterceptor checkKey =
        new ServerInterceptor() {
          @Override
          public <Q, R> ServerCall.Listener<Q> interceptCall(
              ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            if (!apiKey.equals(headers.get(API_KEY))) {
              call.close(Status.UNAUTHENTICATED.withDescription("Invalid api-key"), new Metadata());
              return new ServerCall.Listener<>() {};
            }
            return next.startCall(call, headers);
          }
        };
    try {
      server =
          Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
              .addService(
                  ServerInterceptors.intercept(new FakeCollectionsService(collections), checkKey))
              .addService(
                  ServerInterceptors.intercept(new FakePointsService(collections), checkKey))
              .build()
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
