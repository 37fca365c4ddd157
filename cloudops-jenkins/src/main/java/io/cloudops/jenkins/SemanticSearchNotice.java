package io.cloudops.jenkins;

import hudson.model.InvisibleAction;
import hudson.model.Run;
import io.cloudops.jenkins.spi.StoreProvider;
import java.util.Optional;

/**
 * The one line that tells a Jenkins user semantic search is off (the CloudOps Embeddings plugin is
 * not installed), printed once per build log and shown on the global configuration page. Attached
 * to a build as the mark that its log has it.
 */
public final class SemanticSearchNotice extends InvisibleAction {

  /** The notice. */
  public static final String TEXT =
      "semantic search is off: "
          + StoreProvider.INSTALL_EMBEDDINGS
          + "; search is exact + keyword (BM25)";

  private SemanticSearchNotice() {}

  /** The notice when the stores search without a model, else empty. */
  public static Optional<String> of(StoreProvider stores) {
    return stores.semanticSearch() ? Optional.empty() : Optional.of(TEXT);
  }

  /** Prints the notice into the build's log unless semantic search is on or the log has it. */
  public static void printOnce(Run<?, ?> run, BuildLog log, StoreProvider stores) {
    Optional<String> notice = of(stores);
    if (notice.isEmpty()) {
      return;
    }
    synchronized (run) {
      if (run.getAction(SemanticSearchNotice.class) != null) {
        return;
      }
      run.addAction(new SemanticSearchNotice());
    }
    log.println(notice.get());
  }
}
