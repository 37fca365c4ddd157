package io.cloudops.store.qdrant;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Qdrant stand-in inside the test JVM: the Collections and Points gRPC services, implemented on
 * the client's own generated service bases, with real semantics for what the backend uses. The real
 * {@link io.qdrant.client.QdrantClient} talks to it over an in-process channel.
 */
final class InProcessQdrant implements AutoCloseable {

  private final String name;
  private final Server server;
  private final Map<String, FakeCollection> collections = new ConcurrentHashMap<>();

  private InProcessQdrant(String name) {
    this.name = name;
    try {
      this.server =
          InProcessServerBuilder.forName(name)
              .directExecutor()
              .addService(new FakeCollectionsService(collections))
              .addService(new FakePointsService(collections))
              .build()
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InProcessQdrant start() {
    return new InProcessQdrant("qdrant-" + UUID.randomUUID());
  }

  /** A new client connection; closing it closes only the channel. */
  QdrantConnection connect(Duration timeout) {
    ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    return QdrantConnection.over(channel, "in-process " + name, timeout);
  }

  /** The collections, by name, to look at what the backend stored. */
  Map<String, FakeCollection> collections() {
    return collections;
  }

  /** The keyword-indexed fields of a collection. */
  Set<String> indexedFields(String collection) {
    return Set.copyOf(collections.get(collection).indexedFields);
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
