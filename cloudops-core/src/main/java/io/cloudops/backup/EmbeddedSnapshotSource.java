package io.cloudops.backup;

import io.cloudops.crypto.KeyRing;
import io.cloudops.store.KeyRotation;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreException;
import io.cloudops.store.Stores;
import io.cloudops.store.embed.Embedder;
import io.cloudops.store.lucene.LuceneStores;
import io.cloudops.store.lucene.WriterLock;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded store as a backup source. A snapshot copies, for the estate and the chat index, the
 * files of the last commit ({@code segments_N} and the segment files it names). Lucene never
 * changes a file once written, so a copy of all of a commit's files is that commit, consistent,
 * even while a scan writes; if a writer deletes a file of that commit before it is copied (it
 * committed again and merged), the copy starts over from the newer commit. No lock is taken.
 *
 * <p>The key file is never copied: a backup holds only sealed data, and reading it back needs the
 * key it was written with.
 *
 * <p>A restore swaps the index directories under the data dir's writer lock, so it refuses while
 * another process writes.
 */
public final class EmbeddedSnapshotSource implements SnapshotSource {

  /** The index directories under {@code <data-dir>/store} that a backup holds. */
  static final List<String> INDEXES = List.of("estate", "chat");

  /** The commit user data entry with the schema version (see docs/store.md). */
  static final String SCHEMA_VERSION = "cloudops.schema_version";

  private static final int COPY_ATTEMPTS = 5;

  private final Path dataDir;
  private final Supplier<KeyRing> keys;
  private final Duration lockWait;

  /**
   * @param env the environment ({@code CLOUDOPS_KEY}), used to check a restored snapshot's key
   * @param lockWait how long a restore waits for another writer before refusing
   */
  public EmbeddedSnapshotSource(Path dataDir, Map<String, String> env, Duration lockWait) {
    this(dataDir, keyRing(dataDir, Map.copyOf(env)), lockWait);
  }

  /**
   * @param keys the data dir's key ring, used to check a restored snapshot's key
   * @param lockWait how long a restore waits for another writer before refusing
   */
  public EmbeddedSnapshotSource(Path dataDir, Supplier<KeyRing> keys, Duration lockWait) {
    this.dataDir = dataDir;
    this.keys = keys;
    this.lockWait = lockWait;
  }

  private static Supplier<KeyRing> keyRing(Path dataDir, Map<String, String> env) {
    return () -> KeyRotation.keyRing(dataDir, env);
  }

  @Override
  public String kind() {
    return "embedded";
  }

  private Path storeDir() {
    return dataDir.resolve(LuceneStores.STORE_DIR);
  }

  @Override
  public String snapshot(Path directory) {
    String version = null;
    for (String index : INDEXES) {
      Path target = directory.resolve(LuceneStores.STORE_DIR).resolve(index);
      String v = copyLastCommit(storeDir().resolve(index), target);
      if (version == null) {
        version = v;
      }
    }
    return version == null ? "none" : version;
  }

  /** Copies the last commit of one index; returns its schema version, or null when empty. */
  private static String copyLastCommit(Path index, Path target) {
    IOException last = null;
    for (int attempt = 0; attempt < COPY_ATTEMPTS; attempt++) {
      try {
        Directories.deleteTree(target);
        Files.createDirectories(target);
        if (!Files.isDirectory(index)) {
          return null;
        }
        try (Directory directory = FSDirectory.open(index)) {
          if (!DirectoryReader.indexExists(directory)) {
            return null;
          }
          SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
          for (String file : commit.files(true)) {
            Files.copy(index.resolve(file), target.resolve(file));
          }
          return commit.getUserData().get(SCHEMA_VERSION);
        }
      } catch (NoSuchFileException | FileNotFoundException e) {
        last = e; // a writer replaced that commit meanwhile: copy the newer one
      } catch (IOException e) {
        throw new BackupException("Cannot copy the store index " + index + ": " + e, e);
      }
    }
    throw new BackupException(
        "The store index "
            + index
            + " changed during every one of "
            + COPY_ATTEMPTS
            + " copy attempts; retry when the scan has finished",
        last);
  }

  @Override
  public Path stagingParent() {
    return dataDir;
  }

  @Override
  public RestoredData verify(Path directory) {
    Path store = directory.resolve(LuceneStores.STORE_DIR);
    if (!Files.isDirectory(store)) {
      throw new BackupException(
          "The backup has no "
              + LuceneStores.STORE_DIR
              + "/ directory; it is not an embedded"
              + " store backup");
    }
    KeyRing keys = this.keys.get();
    try (Embedder embedder = Stores.defaultEmbedder();
        LuceneStores stores =
            LuceneStores.open(directory, keys, embedder, StoreAccess.READ_ONLY, Duration.ZERO)) {
      return new RestoredData(stores.estate().count(), stores.chat().conversations().size());
    } catch (RuntimeException e) {
      throw new BackupException(
          "The downloaded backup cannot be used here, so nothing was changed: " + e.getMessage(),
          e);
    }
  }

  @Override
  public void replaceWith(Path directory) {
    WriterLock lock;
    try {
      lock = WriterLock.acquire(storeDir(), lockWait);
    } catch (StoreException e) {
      throw new BackupException(
          "Cannot restore while another process writes to the store; nothing was changed ("
              + e.getMessage()
              + ")",
          e);
    }
    try (lock) {
      swap(directory.resolve(LuceneStores.STORE_DIR));
    }
  }

  /** Renames each staged index over the current one; on any failure puts every one back. */
  private void swap(Path staged) {
    long stamp = System.nanoTime();
    List<Path[]> done = new ArrayList<>(); // {current, replaced-or-null}
    try {
      for (String index : INDEXES) {
        Path current = storeDir().resolve(index);
        Path from = staged.resolve(index);
        Files.createDirectories(from);
        Path replaced = null;
        if (Files.exists(current)) {
          replaced = storeDir().resolve("." + index + ".replaced-" + stamp);
          Files.move(current, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        done.add(new Path[] {current, replaced});
        Files.move(from, current, StandardCopyOption.ATOMIC_MOVE);
        done.set(done.size() - 1, new Path[] {current, replaced, from});
      }
    } catch (IOException e) {
      BackupException failure =
          new BackupException(
              "Cannot swap the restored store into "
                  + storeDir()
                  + "; the previous data was put"
                  + " back: "
                  + e,
              e);
      rollback(done, failure);
      throw failure;
    }
    for (Path[] step : done) {
      if (step[1] != null) {
        Directories.deleteQuietly(step[1]);
      }
    }
  }

  private static void rollback(List<Path[]> done, BackupException failure) {
    for (int i = done.size() - 1; i >= 0; i--) {
      Path[] step = done.get(i);
      try {
        if (step.length == 3) {
          Files.move(step[0], step[2], StandardCopyOption.ATOMIC_MOVE);
        }
        if (step[1] != null) {
          Files.move(step[1], step[0], StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
