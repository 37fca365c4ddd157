package io.cloudops.store.qdrant;

import io.cloudops.Secret;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.store.SharedModel;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real Qdrant named by {@code QDRANT_URL} (and {@code QDRANT_API_KEY}); each test data dir gets
 * its own collection prefix, dropped after the class. Without {@code QDRANT_URL} the tests are
 * skipped ({@link RequiresQdrant}).
 */
final class RealQdrant {

  private static final Map<Path, String> PREFIXES = new ConcurrentHashMap<>();

  private RealQdrant() {}

  /** Whether {@code QDRANT_URL} names a server. */
  static boolean configured() {
    String url = System.getenv("QDRANT_URL");
    return url != null && !url.isBlank();
  }

  private static QdrantConnection connect() {
    String key = System.getenv("QDRANT_API_KEY");
    return QdrantConnection.open(
        URI.create(System.getenv("QDRANT_URL")),
        Secret.of(key == null ? "" : key),
        QdrantTestStores.TIMEOUT);
  }

  static QdrantStores open(Path dataDir) {
    String prefix =
        PREFIXES.computeIfAbsent(
            dataDir, d -> "cloudops_it_" + UUID.randomUUID().toString().replace("-", ""));
    return QdrantStores.open(
        connect(), prefix, KeyFiles.load(dataDir, Map.of()), SharedModel.embedder());
  }

  /** Drops the collections of every data dir used so far. */
  static void dropAll() {
    try (QdrantConnection qdrant = connect()) {
      for (String prefix : PREFIXES.values()) {
        for (String collection : new String[] {prefix + "_estate", prefix + "_chat"}) {
          qdrant.call(
              qdrant.client().deleteCollectionAsync(collection, qdrant.timeout()),
              "dropping collection " + collection);
        }
      }
    }
    PREFIXES.clear();
  }
}
