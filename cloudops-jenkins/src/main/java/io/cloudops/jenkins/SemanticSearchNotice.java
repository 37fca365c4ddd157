package io.cloudops.jenkins;

import hudson.model.InvisibleAction;
import hudson.model.Run;
import java.util.Optional;

/**
 * The one line that tells a Jenkins user semantic search is off (the CloudOps Embeddings plugin is
 * not installed), printed once per build log and shown on the global configuration page. Attached
 * to a build as the mark that its log has it.
 */
public final class SemanticSearchNotice extends InvisibleAction {

  /** What to install for semantic search and the Qdrant backend. */
  public static final String INSTALL_EMBEDDINGS = "install the CloudOps Embeddings plugin";

  /** The notice. */
  public static final String TEXT =
      "semantic search is off: " + INSTALL_EMBEDDINGS + "; search is exact + keyword (BM25)";

  private SemanticSearchNotice() {}

  /**
   * The notice when the stores search without a model, else empty.
   *
   * @param semanticSearch whether the stores search semantically ({@code
   *     StoreProvider.semanticSearch()}, the core's {@code Stores.semanticSearch()})
   */
  public static Optional<String> of(boolean semanticSearch) {
    return semanticSearch ? Optional.empty() : Optional.of(TEXT);
  }

  /** Prints the notice into the build's log unless semantic search is on or the log has it. */
  public static void printOnce(Run<?, ?> run, BuildLog log, boolean semanticSearch) {
    Optional<String> notice = of(semanticSearch);
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
