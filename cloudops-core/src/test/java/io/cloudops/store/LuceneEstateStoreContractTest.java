package io.cloudops.store;

import java.nio.file.Path;

/** The embedded (Lucene) backend passes the estate contract. */
class LuceneEstateStoreContractTest extends AbstractEstateStoreContractTest {

  @Override
  protected StoreHandle open(Path dataDir) {
    return EmbeddedStores.open(dataDir);
  }
}
