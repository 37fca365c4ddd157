package io.cloudops.store.qdrant;

import io.cloudops.store.AbstractEstateStoreContractTest;
import io.cloudops.store.StoreHandle;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The estate contract against a real Qdrant ({@code QDRANT_URL}); skipped without one. */
@ExtendWith(RequiresQdrant.class)
class QdrantEstateStoreIT extends AbstractEstateStoreContractTest {

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
