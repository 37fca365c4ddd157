package io.cloudops.store.qdrant;

import io.cloudops.store.AbstractChatStoreContractTest;
import io.cloudops.store.StoreHandle;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The chat contract against a real Qdrant ({@code QDRANT_URL}); skipped without one. */
@ExtendWith(RequiresQdrant.class)
class QdrantChatStoreIT extends AbstractChatStoreContractTest {

  @Override
  protected StoreHandle open(Path dataDir) {
    return RealQdrant.open(dataDir);
  }

  @AfterAll
  static void dropCollections() {
    if (RealQdrant.configured()) {
      RealQdrant.dropAll();
    }
  }
}
