package io.cloudops.store.qdrant;

import io.cloudops.store.AbstractEstateStoreContractTest;
import io.cloudops.store.Stores;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/** The Qdrant backend passes the estate contract against the in-process Qdrant. */
class QdrantEstateStoreContractTest extends AbstractEstateStoreContractTest {

  @Override
  protected Stores.Handle open(Path dataDir) {
    return QdrantTestStores.inProcess(dataDir);
  }

  @AfterAll
  static void stopServers() {
    QdrantTestStores.stopAll();
  }
}
