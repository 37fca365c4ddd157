package io.cloudops.store.qdrant;

import io.cloudops.store.AbstractEstateStoreContractTest;
import io.cloudops.store.StoreHandle;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/** The Qdrant backend passes the estate contract against the in-process Qdrant. */
class QdrantEstateStoreContractTest extends AbstractEstateStoreContractTest {

  @Override
  protected StoreHandle open(Path dataDir) {
    return QdrantTestStores.inProcess(dataDir);
  }

  @AfterAll
  static void stopServers() {
    QdrantTestStores.stopAll();
  }
}
