package io.cloudops.store;

import java.nio.file.Path;

/** The embedded (Lucene) backend passes the chat contract. */
class LuceneChatStoreContractTest extends AbstractChatStoreContractTest {

  @Override
  protected StoreHandle open(Path dataDir) {
    return EmbeddedStores.open(dataDir);
  }
}
