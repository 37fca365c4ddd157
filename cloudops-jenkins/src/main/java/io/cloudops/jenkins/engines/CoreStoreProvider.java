package io.cloudops.jenkins.engines;

import hudson.AbortException;
import io.cloudops.CloudOpsException;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.config.StoreKind;
import io.cloudops.datadir.DataDir;
import io.cloudops.jenkins.JenkinsSettingHints;
import io.cloudops.jenkins.SemanticSearchNotice;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Opens the configured store through the core's {@link io.cloudops.store.backends.Stores}. A data
 * dir has one writer, so the controller keeps one open handle per data dir and hands it to every
 * concurrent step, reference-counted: the handle closes when the last step closes its {@link
 * StoreProvider.OpenStores}. The data dir is opened through the core's {@link
 * io.cloudops.datadir.DataDir}, the configured keys handed over as values, never written to disk by
 * the plugin.
 */
public final class CoreStoreProvider implements StoreProvider {

  private final Map<Path, Shared> open = new HashMap<>();

  @Override
  public OpenStores open(StoreSettings settings) throws IOException {
    Shared shared = acquire(settings);
    Lease lease = new Lease(shared);
    return new OpenStores(
        new SharedEstateStore(shared.handle.estate(), lease::release),
        new SharedChatStore(shared.handle.chat(), lease::release));
  }

  /**
   * The core's answer: the model is on this plugin's class loader when the CloudOps Embeddings
   * plugin, an optional dependency, is installed.
   */
  @Override
  public boolean semanticSearch() {
    return Stores.semanticSearch();
  }

  /** The data dirs with an open handle; for tests. */
  synchronized int openHandles() {
    return open.size();
  }

  private synchronized Shared acquire(StoreSettings settings) throws AbortException {
    Path dir = settings.dataDir().toAbsolutePath().normalize();
    Shared shared = open.get(dir);
    if (shared == null) {
      shared = new Shared(dir, openHandle(settings));
      open.put(dir, shared);
    }
    shared.references++;
    return shared;
  }

  private synchronized void release(Shared shared) {
    shared.references--;
    if (shared.references == 0) {
      open.remove(shared.dir);
      shared.handle.close();
    }
  }

  private static final Logger LOGGER = Logger.getLogger(CoreStoreProvider.class.getName());

  private static StoreHandle openHandle(StoreSettings settings) throws AbortException {
    try {
      DataDir dataDir = DataDirs.open(settings, ExecutionSettings.DEFAULT);
      // a one-time rewrite after an upgrade: say so in the controller log, it can take minutes
      Stores.pendingMigration(dataDir.settings())
          .ifPresent(line -> LOGGER.info(() -> "CloudOps: " + line));
      return dataDir.openStores(StoreAccess.READ_WRITE, Stores.Warmup.NONE);
    } catch (CloudOpsException e) {
      String install =
          settings.kind() == StoreKind.QDRANT && !Stores.semanticSearch()
              ? " (" + SemanticSearchNotice.INSTALL_EMBEDDINGS + ")"
              : "";
      throw new AbortException(
          JenkinsSettingHints.describe("the store could not be opened: ", e) + install);
    }
  }

  private static final class Shared {
    final Path dir;
    final StoreHandle handle;
    int references;

    Shared(Path dir, StoreHandle handle) {
      this.dir = dir;
      this.handle = handle;
    }
  }

  /** One step's hold on a shared handle; released once, however often it is closed. */
  private final class Lease {
    private final Shared shared;
    private final AtomicBoolean released = new AtomicBoolean();

    Lease(Shared shared) {
      this.shared = shared;
    }

    void release() {
      if (released.compareAndSet(false, true)) {
        CoreStoreProvider.this.release(shared);
      }
    }
  }
}
