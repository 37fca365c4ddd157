package io.cloudops.store.qdrant;

import io.cloudops.store.AbstractChatStoreContractTest;
import io.cloudops.store.StoreHandle;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/** The Qdrant backend passes the chat contract against the in-process Qdrant. */
class QdrantChatStoreContractTest extends AbstractChatStoreContractTest {

  @Override
  protected StoreHandle open(Path dataDir) {
    return QdrantTestStores.inProcess(dataDir);
  }

  @AfterAll
  static void stopServers() {
    QdrantTestStores.stopAll();
  }
}
