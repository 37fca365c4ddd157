package io.cloudops.jenkins.spi;

import hudson.AbortException;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.store.ChatStore;
import io.cloudops.store.EstateStore;
import java.io.IOException;

/**
 * Opens the estate and chat stores for one step. The embedded and Qdrant backends live in the core
 * ({@code io.cloudops.store}); this interface is the seam where the plugin obtains them.
 */
public interface StoreProvider {

  /**
   * Opens both stores; the caller closes the returned pair.
   *
   * @throws IOException (an {@link AbortException} with a one-line message) when they cannot open
   */
  OpenStores open(StoreSettings settings) throws IOException;

  /**
   * Whether the stores search semantically (the embedding model is installed); without it they
   * search exact + keyword and the build log says so once.
   */
  default boolean semanticSearch() {
    return true;
  }

  /** An open estate store and chat store, closed together. */
  record OpenStores(EstateStore estate, ChatStore chat) implements AutoCloseable {
    @Override
    public void close() {
      try {
        estate.close();
      } finally {
        chat.close();
      }
    }
  }
}
