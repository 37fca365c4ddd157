package io.cloudops.store;

import io.cloudops.crypto.KeyFiles;
import io.cloudops.store.embed.Embedder;
import io.cloudops.store.lucene.LuceneStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded backend without an embedding model (the Jenkins steps plugin without the CloudOps
 * Embeddings plugin) passes the estate contract: exact id, ARN and name, prefix and keyword (BM25)
 * queries need no vectors.
 */
class LexicalEstateStoreContractTest extends AbstractEstateStoreContractTest {

  @Override
  protected StoreHandle open(Path dataDir) {
    return LuceneStores.open(
        dataDir,
        KeyFiles.load(dataDir, Map.of()),
        Embedder.none(),
        StoreAccess.READ_WRITE,
        Duration.ofSeconds(1));
  }
}
