package io.cloudops.cli;

import io.cloudops.CloudOpsException;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.execute.ChangedResourcesListener;
import io.cloudops.execute.risk.EstateResourceLookup;
import io.cloudops.execute.risk.ResourceLookup;
import io.cloudops.log.MessageLog;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import io.cloudops.store.lucene.LuceneStores;
import java.nio.file.Files;
import java.util.Map;

/**
 * Where {@code cloudops execute} meets the estate: the tags of a plan's targets (for the production
 * rule) come from the store, read-only, so a scan may write meanwhile.
 */
final class ExecutionHooks {

  private ExecutionHooks() {}

  /** The estate as the risk gate sees it; closed after the run. */
  static final class Estate implements AutoCloseable {
    private final StoreHandle handle;
    private final ResourceLookup lookup;

    private Estate(StoreHandle handle, ResourceLookup lookup) {
      this.handle = handle;
      this.lookup = lookup;
    }

    ResourceLookup lookup() {
      return lookup;
    }

    @Override
    public void close() {
      if (handle != null) {
        handle.close();
      }
    }
  }

  /**
   * The stored estate, read-only. When there is none yet (no scan has run), nothing is known about
   * the targets and a warning says so. When it exists but cannot be opened (a wrong key, a damaged
   * store), assessment fails closed: every targeted step is rated High.
   */
  static Estate estate(CloudOpsSettings settings, Map<String, String> env, MessageLog log) {
    if (!Files.isDirectory(settings.dataDir().resolve(LuceneStores.STORE_DIR))) {
      log.warning(
          "no scanned estate in %s: the production rule cannot see the targets' tags; run"
              + " 'cloudops scan' first",
          settings.dataDir());
      return new Estate(null, ResourceLookup.none());
    }
    try {
      StoreHandle handle =
          ExecutionSetup.dataDir(settings, env)
              .openStores(StoreAccess.READ_ONLY, Stores.Warmup.NONE);
      return new Estate(handle, new EstateResourceLookup(handle.estate()));
    } catch (CloudOpsException e) {
      log.warning(
          "the estate could not be read (%s); every step that names a target is rated High",
          e.getMessage());
      return new Estate(null, ResourceLookup.unreadable(e.getMessage()));
    }
  }

  /** After a changing step: reports the changed ids. */
  static ChangedResourcesListener changedResources(MessageLog log) {
    return changed ->
        log.info(
            "step %s changed %s; run a scan to refresh the estate",
            changed.stepId(), String.join(", ", changed.targets()));
  }
}
