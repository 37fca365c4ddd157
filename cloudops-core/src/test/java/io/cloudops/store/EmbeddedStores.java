package io.cloudops.store;

import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.store.lucene.LuceneStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Opens the embedded store on a test data dir with its key file and the shared real model. */
public final class EmbeddedStores {

  private EmbeddedStores() {}

  public static LuceneStores open(Path dataDir) {
    return open(dataDir, StoreAccess.READ_WRITE);
  }

  public static LuceneStores open(Path dataDir, StoreAccess access) {
    KeyRing keys = KeyFiles.load(dataDir, Map.of());
    return LuceneStores.open(dataDir, keys, SharedModel.embedder(), access, Duration.ofSeconds(1));
  }
}
