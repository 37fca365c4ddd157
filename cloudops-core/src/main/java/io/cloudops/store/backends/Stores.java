package io.cloudops.store.backends;

import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.Setting;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.StoreKind;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.store.ChatStore;
import io.cloudops.store.EstateStore;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreException;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.StoreSnapshots;
import io.cloudops.store.embed.Embedder;
import io.cloudops.store.embed.EmbeddingModelSpec;
import io.cloudops.store.embed.EmbeddingRuntime;
import io.cloudops.store.embed.LazyEmbedder;
import io.cloudops.store.lucene.LuceneSnapshots;
import io.cloudops.store.lucene.LuceneStores;
import io.cloudops.store.qdrant.QdrantConnection;
import io.cloudops.store.qdrant.QdrantStores;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens the configured store: the one place the CLI, the Jenkins plugin and {@code ask} get an
 * {@link EstateStore} and a {@link ChatStore} from.
 */
public final class Stores {

  /** The environment variable with the Qdrant API key (none when unset). */
  public static final String QDRANT_API_KEY = "CLOUDOPS_QDRANT_API_KEY";

  /** How long a writer waits for another process's writer before failing. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(5);

  private Stores() {}

  /** What to prepare while the store opens. */
  public enum Warmup {
    /** Nothing: for commands that never embed (list, count, get). */
    NONE,
    /** Load the embedding model in the background: for commands that search. */
    EMBEDDER
  }

  /**
   * Opens the store the settings name.
   *
   * @param env the environment ({@code CLOUDOPS_KEY}, {@code CLOUDOPS_QDRANT_API_KEY})
   * @throws StoreException when it is in use, damaged or of an unknown layout
   * @throws io.cloudops.crypto.CryptoException when the key does not open it
   */
  public static StoreHandle open(
      CloudOpsSettings settings, Map<String, String> env, StoreAccess access) {
    return open(settings, env, access, Warmup.NONE);
  }

  /** Opens the store the settings name, preparing what the caller will need. */
  public static StoreHandle open(
      CloudOpsSettings settings, Map<String, String> env, StoreAccess access, Warmup warmup) {
    return open(
        settings,
        keys(settings, env, access),
        Secret.of(env.getOrDefault(QDRANT_API_KEY, "")),
        access,
        warmup);
  }

  /**
   * Opens the store the settings name with secrets given as values.
   *
   * @param keys the data dir's key ring ({@link io.cloudops.crypto.KeyFiles#loadRing})
   * @param qdrantApiKey the Qdrant API key; empty for none
   */
  public static StoreHandle open(
      CloudOpsSettings settings,
      KeyRing keys,
      Secret qdrantApiKey,
      StoreAccess access,
      Warmup warmup) {
    URI qdrantUrl = null;
    if (settings.storeKind() == StoreKind.QDRANT) {
      qdrantUrl =
          settings
              .qdrantUrl()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "The Qdrant store needs a Qdrant URL, e.g. http://localhost:6334"
                              + " (https:// for TLS)",
                          Setting.QDRANT_URL));
    }
    Embedder embedder = defaultEmbedder(settings.dataDir());
    if (qdrantUrl != null && !embedder.semantic()) {
      throw new InvalidInputException(
          "The Qdrant store needs the embedding model, which is not installed here; use the"
              + " embedded store (lexical search) or install the model");
    }
    if (warmup == Warmup.EMBEDDER && embedder instanceof LazyEmbedder lazy) {
      lazy.preloadInBackground();
    }
    StoreHandle stores;
    try {
      stores =
          qdrantUrl == null
              ? LuceneStores.open(settings.dataDir(), keys, embedder, access, DEFAULT_LOCK_WAIT)
              : QdrantStores.open(
                  QdrantConnection.open(qdrantUrl, qdrantApiKey, settings.requestTimeout()),
                  QdrantStores.DEFAULT_PREFIX,
                  keys,
                  embedder);
    } catch (RuntimeException e) {
      embedder.close();
      throw e;
    }
    return new StoreHandle() {
      @Override
      public EstateStore estate() {
        return stores.estate();
      }

      @Override
      public ChatStore chat() {
        return stores.chat();
      }

      @Override
      public void close() {
        try {
          stores.close();
        } finally {
          embedder.close();
        }
      }
    };
  }

  /**
   * The embedded store's snapshots, for backups.
   *
   * @param keys the data dir's key ring, read when a staged copy is opened
   * @param lockWait how long a restore's swap waits for another writer before refusing
   */
  public static StoreSnapshots snapshots(Path dataDir, Supplier<KeyRing> keys, Duration lockWait) {
    return new LuceneSnapshots(dataDir, keys, Stores::defaultEmbedder, lockWait);
  }

  /** The embedded store's snapshots, with the key from the environment or the key file. */
  public static StoreSnapshots snapshots(Path dataDir, Map<String, String> env, Duration lockWait) {
    Map<String, String> copy = Map.copyOf(env);
    return snapshots(dataDir, () -> KeyFiles.loadRing(dataDir, copy), lockWait);
  }

  /** The directory under the data dir where the model and native libraries are unpacked. */
  public static final String CACHE_DIR = "cache";

  /**
   * The data dir's keys. A reader of a data dir that has no key yet reads an empty store: it gets a
   * key of its own that is never written, so reading creates no key file.
   */
  private static KeyRing keys(
      CloudOpsSettings settings, Map<String, String> env, StoreAccess access) {
    if (access == StoreAccess.READ_ONLY) {
      return KeyFiles.loadRingIfPresent(settings.dataDir(), env)
          .orElseGet(() -> KeyRing.of(KeyFiles.newKey()));
    }
    return KeyFiles.loadRing(settings.dataDir(), env);
  }

  /**
   * A line telling that opening the store read-write will first migrate it to the current schema (a
   * one-time rewrite that takes a while on a large estate), or empty. Only the embedded store
   * migrates.
   */
  public static Optional<String> pendingMigration(CloudOpsSettings settings) {
    return settings.storeKind() == StoreKind.EMBEDDED
        ? LuceneStores.pendingMigration(
            settings.dataDir(),
            semanticSearch() ? EmbeddingModelSpec.ALL_MINILM_L6_V2_Q.id() : Embedder.NO_MODEL)
        : Optional.empty();
  }

  /**
   * The default embedder: all-MiniLM-L6-v2 (quantised), loaded on first use; {@link
   * Embedder#none()} where the model is not installed ({@link #semanticSearch()}).
   */
  public static Embedder defaultEmbedder() {
    return EmbeddingRuntime.embedder(
        Stores.class.getClassLoader(),
        EmbeddingModelSpec.ALL_MINILM_L6_V2_Q,
        embeddingThreads(),
        null);
  }

  /**
   * The default embedder, unpacking the model and ONNX Runtime's native libraries once under {@code
   * <data-dir>/cache} (a second process starts about 0.3 s sooner).
   */
  public static Embedder defaultEmbedder(Path dataDir) {
    return EmbeddingRuntime.embedder(
        Stores.class.getClassLoader(),
        EmbeddingModelSpec.ALL_MINILM_L6_V2_Q,
        embeddingThreads(),
        dataDir.resolve(CACHE_DIR));
  }

  /**
   * Whether the stores opened here search semantically: the embedding model and its runtime are
   * installed (always in the CLI; in Jenkins with the CloudOps Embeddings plugin). Without them the
   * embedded store searches exact and keyword (BM25) only and Qdrant cannot be used.
   */
  public static boolean semanticSearch() {
    return EmbeddingRuntime.present(
        Stores.class.getClassLoader(), EmbeddingModelSpec.ALL_MINILM_L6_V2_Q);
  }

  static int embeddingThreads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }
}
