package io.cloudops.store.lucene;

import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyRing;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.store.ChatStore;
import io.cloudops.store.EstateStore;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreException;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.embed.Embedder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded store under {@code <data-dir>/store}: the estate index, the chat index and (when
 * writing) the data dir's writer lock. Opening checks each index's schema version, embedding model
 * and key before anything is read or written.
 */
public final class LuceneStores implements StoreHandle {

  /** The store's directory under the data dir. */
  public static final String STORE_DIR = "store";

  /** The schema version this code writes (docs/store.md, "Schema version"). */
  public static final int SCHEMA_VERSION = StoreMetadata.CURRENT_SCHEMA;

  private final Path root;
  private final WriterLock lock;
  private final LuceneEstateStore estate;
  private final LuceneChatStore chat;
  private final Embedder embedder;
  private final Map<String, String> commitData;

  private LuceneStores(
      Path root,
      WriterLock lock,
      LuceneEstateStore estate,
      LuceneChatStore chat,
      Embedder embedder,
      Map<String, String> commitData) {
    this.root = root;
    this.lock = lock;
    this.estate = estate;
    this.chat = chat;
    this.embedder = embedder;
    this.commitData = commitData;
  }

  /**
   * Opens the store.
   *
   * @param embedder used for indexing and queries; the caller closes it after the store
   * @param lockWait how long a writer waits for another process's writer before failing
   */
  public static LuceneStores open(
      Path dataDir, KeyRing keys, Embedder embedder, StoreAccess access, Duration lockWait) {
    Path root = dataDir.resolve(STORE_DIR);
    Path estatePath = root.resolve("estate");
    Path chatPath = root.resolve("chat");
    RecordCipher cipher = new AesGcmCipher(keys);
    check(estatePath, cipher, embedder);
    check(chatPath, cipher, embedder);
    boolean writable = access == StoreAccess.READ_WRITE;
    WriterLock lock = writable ? WriterLock.acquire(root, lockWait) : null;
    LuceneIndex estateIndex = null;
    LuceneIndex chatIndex = null;
    try {
      if (writable) {
        // re-check under the lock: another writer may have committed since
        check(estatePath, cipher, embedder);
        check(chatPath, cipher, embedder);
      }
      Map<String, String> commitData = StoreMetadata.current(cipher, embedder.modelId());
      estateIndex = LuceneIndex.open(estatePath, Analyzers.estate(), writable);
      chatIndex = LuceneIndex.open(chatPath, Analyzers.estate(), writable);
      ResourceDocuments documents = new ResourceDocuments(cipher);
      LuceneEstateStore estate =
          new LuceneEstateStore(estateIndex, Analyzers.estate(), embedder, documents, commitData);
      LuceneChatStore chat = new LuceneChatStore(chatIndex, embedder, cipher, commitData);
      if (writable) {
        SchemaMigration.migrate(estateIndex, commitData, estate::migrated);
        SchemaMigration.migrate(chatIndex, commitData, chat::migrated);
      }
      return new LuceneStores(root, lock, estate, chat, embedder, commitData);
    } catch (RuntimeException e) {
      for (AutoCloseable c : new AutoCloseable[] {chatIndex, estateIndex, lock}) {
        if (c != null) {
          try {
            c.close();
          } catch (Exception suppressed) {
            e.addSuppressed(suppressed);
          }
        }
      }
      throw e;
    }
  }

  /**
   * What the next read-write open will migrate, as one line for the user ("migrating … once"), or
   * empty when the store is current, absent or of an unknown version (the open says so then).
   */
  public static Optional<String> pendingMigration(Path dataDir) {
    return pendingMigration(dataDir, Embedder.NO_MODEL);
  }

  /**
   * As {@link #pendingMigration(Path)}, for a writer with the given model: a store written without
   * a model is re-embedded once by a writer that has one.
   */
  public static Optional<String> pendingMigration(Path dataDir, String modelId) {
    Path root = dataDir.resolve(STORE_DIR);
    Map<String, String> commitData = Map.of(StoreMetadata.EMBEDDING_MODEL, modelId);
    long resources = pendingDocuments(root.resolve("estate"), commitData);
    long messages = pendingDocuments(root.resolve("chat"), commitData);
    if (resources < 0 || messages < 0 || resources + messages == 0) {
      return Optional.empty();
    }
    int oldest = Math.min(oldestSchema(root.resolve("estate")), oldestSchema(root.resolve("chat")));
    long seconds =
        Math.max(1, Math.round(resources / REEMBEDDED_PER_SECOND + messages / MIGRATED_PER_SECOND));
    return Optional.of(
        "migrating the store at "
            + root
            + (oldest < StoreMetadata.CURRENT_SCHEMA
                ? " from schema " + oldest + " to " + StoreMetadata.CURRENT_SCHEMA
                : " written without the embedding model")
            + " (once, "
            + (resources + messages)
            + " documents, about "
            + seconds
            + " s; the "
            + resources
            + " resources are re-embedded) …");
  }

  /**
   * Documents of an index older than the current schema; 0 when it is current, empty or absent; -1
   * when its version is unknown (the open refuses it, with the reason).
   */
  private static long pendingDocuments(Path index, Map<String, String> commitData) {
    int version = oldestSchema(index);
    if (version < 0) {
      return -1;
    }
    boolean lacksVectors =
        LuceneIndex.readUserData(index)
            .filter(userData -> StoreMetadata.lacksVectors(userData, commitData))
            .isPresent();
    return version < StoreMetadata.CURRENT_SCHEMA || lacksVectors
        ? LuceneIndex.documents(index)
        : 0;
  }

  /** The schema of an index; the current one when absent or empty; -1 when unknown. */
  private static int oldestSchema(Path index) {
    Optional<Map<String, String>> userData = LuceneIndex.readUserData(index);
    if (userData.isEmpty() || userData.get().isEmpty()) {
      return StoreMetadata.CURRENT_SCHEMA;
    }
    try {
      return StoreMetadata.schemaVersion(index, userData.get());
    } catch (StoreException unknown) {
      return -1;
    }
  }

  /** Messages keep their vectors: measured on a 2-core machine (docs/store.md). */
  private static final double MIGRATED_PER_SECOND = 900;

  /**
   * Resources are re-embedded: about the first index's rate on 2 cores (docs/benchmarks.md, store
   * index incl. embedding).
   */
  private static final double REEMBEDDED_PER_SECOND = 500;

  private static void check(Path index, RecordCipher cipher, Embedder embedder) {
    Optional<Map<String, String>> userData = LuceneIndex.readUserData(index);
    if (userData.isPresent()) {
      StoreMetadata.schemaVersion(index, userData.get());
      StoreMetadata.checkKey(index, userData.get(), cipher);
      StoreMetadata.checkModel(index, userData.get(), embedder.modelId());
    }
  }

  @Override
  public EstateStore estate() {
    return estate;
  }

  @Override
  public ChatStore chat() {
    return chat;
  }

  /** Where the store lives. */
  public Path root() {
    return root;
  }

  /**
   * Re-encrypts every sealed field under the current key of the ring this store was opened with
   * (the old key must still be in the ring as a retired key), one commit per index.
   *
   * @return how many records were re-encrypted
   */
  public int resealAll() {
    if (lock == null) {
      throw new StoreException("Key rotation needs the store opened read-write");
    }
    return estate.reseal(commitData) + chat.reseal(commitData);
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    for (AutoCloseable c : new AutoCloseable[] {estate, chat, lock}) {
      if (c == null) {
        continue;
      }
      try {
        c.close();
      } catch (Exception e) {
        RuntimeException r =
            e instanceof RuntimeException re ? re : new StoreException(e.toString(), e);
        if (failure == null) {
          failure = r;
        } else {
          failure.addSuppressed(r);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
