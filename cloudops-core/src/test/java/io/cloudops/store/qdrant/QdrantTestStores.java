package io.cloudops.store.qdrant;

import io.cloudops.crypto.KeyFiles;
import io.cloudops.store.SharedModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens the Qdrant backend for a test data dir: the data dir keeps the key file, and stands for one
 * Qdrant "installation" (an in-process server, or a collection prefix on a real server).
 */
final class QdrantTestStores {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final Map<Path, InProcessQdrant> SERVERS = new ConcurrentHashMap<>();

  private QdrantTestStores() {}

  /** The in-process server of this data dir, started on first use. */
  static InProcessQdrant server(Path dataDir) {
    return SERVERS.computeIfAbsent(dataDir, d -> InProcessQdrant.start());
  }

  static QdrantStores inProcess(Path dataDir) {
    return QdrantStores.open(
        server(dataDir).connect(TIMEOUT),
        QdrantStores.DEFAULT_PREFIX,
        KeyFiles.load(dataDir, Map.of()),
        SharedModel.embedder());
  }

  /** Stops the in-process servers of finished tests. */
  static void stopAll() {
    SERVERS.values().forEach(InProcessQdrant::close);
    SERVERS.clear();
  }
}
