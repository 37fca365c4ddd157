package io.cloudops.jenkins.engines;

import hudson.AbortException;
import io.cloudops.CloudOpsException;
import io.cloudops.Secret;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.StoreKind;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.jenkins.spi.StoreSettings;
import io.cloudops.store.StoreAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens the configured store through the core's {@link io.cloudops.store.Stores}. A data dir has
 * one writer, so the controller keeps one open handle per data dir and hands it to every concurrent
 * step, reference-counted: the handle closes when the last step closes its {@link
 * StoreProvider.Stores}. The encryption key is handed to the core as {@code CLOUDOPS_KEY} in an
 * in-memory environment, never written to disk by the plugin.
 */
public final class CoreStoreProvider implements StoreProvider {

  /** The environment variable the core reads the base64 store key from. */
  static final String KEY_ENV = io.cloudops.crypto.KeyFiles.KEY_VARIABLE;

  private final Map<Path, Shared> open = new HashMap<>();

  @Override
  public Stores open(StoreSettings settings) throws IOException {
    Shared shared = acquire(settings);
    Lease lease = new Lease(shared);
    return new Stores(
        new SharedEstateStore(shared.handle.estate(), lease::release),
        new SharedChatStore(shared.handle.chat(), lease::release));
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

  private static final java.util.logging.Logger LOGGER =
      java.util.logging.Logger.getLogger(CoreStoreProvider.class.getName());

  private static io.cloudops.store.Stores.Handle openHandle(StoreSettings settings)
      throws AbortException {
    try {
      CloudOpsSettings core = coreSettings(settings);
      // a one-time rewrite after an upgrade: say so in the controller log, it can take minutes
      io.cloudops.store.Stores.pendingMigration(core)
          .ifPresent(line -> LOGGER.info(() -> "CloudOps: " + line));
      return io.cloudops.store.Stores.open(core, env(settings), StoreAccess.READ_WRITE);
    } catch (CloudOpsException e) {
      throw new AbortException("CloudOps: the store could not be opened: " + e.getMessage());
    }
  }

  /** The core's settings for this store (data dir, kind, Qdrant URL). */
  static CloudOpsSettings coreSettings(StoreSettings settings) {
    CloudOpsSettings.Builder builder =
        CloudOpsSettings.builder().dataDir(settings.dataDir()).storeKind(settings.kind());
    if (settings.kind() == StoreKind.QDRANT) {
      builder.qdrantUrl(settings.qdrantUrl().orElse(null));
    }
    return builder.build();
  }

  /** The in-memory environment the core reads the key (and the Qdrant API key) from. */
  static Map<String, String> env(StoreSettings settings) {
    Map<String, String> env = new HashMap<>();
    settings.encryptionKey().map(Secret::reveal).ifPresent(key -> env.put(KEY_ENV, key));
    settings
        .qdrantApiKey()
        .map(Secret::reveal)
        .ifPresent(key -> env.put("CLOUDOPS_QDRANT_API_KEY", key));
    return env;
  }

  private static final class Shared {
    final Path dir;
    final io.cloudops.store.Stores.Handle handle;
    int references;

    Shared(Path dir, io.cloudops.store.Stores.Handle handle) {
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
