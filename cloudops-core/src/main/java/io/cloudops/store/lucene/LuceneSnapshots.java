package io.cloudops.store.lucene;

import io.cloudops.Directories;
import io.cloudops.crypto.KeyRing;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreException;
import io.cloudops.store.StoreSnapshots;
import io.cloudops.store.embed.Embedder;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Snapshots of the embedded store. A copy takes, for the estate and the chat index, the files of
 * the last commit ({@code segments_N} and the segment files it names). Lucene never changes a file
 * once written, so a copy of all of a commit's files is that commit, consistent, even while a scan
 * writes; if a writer deletes a file of that commit before it is copied (it committed again and
 * merged), the copy starts over from the newer commit. No lock is taken.
 *
 * <p>The key file is never copied: a snapshot holds only sealed data, and reading it back needs the
 * key it was written with. A swap renames the index directories under the data dir's writer lock,
 * so it refuses while another process writes.
 */
public final class LuceneSnapshots implements StoreSnapshots {

  /** The index directories under {@code <data-dir>/store} that a snapshot holds. */
  static final List<String> INDEXES = List.of("estate", "chat");

  private static final int COPY_ATTEMPTS = 5;

  private final Path dataDir;
  private final Supplier<KeyRing> keys;
  private final Supplier<Embedder> embedder;
  private final Duration lockWait;

  /**
   * @param keys the data dir's key ring, used to open a staged copy
   * @param embedder opens a staged copy (the store checks its model); closed after use
   * @param lockWait how long a swap waits for another writer before refusing
   */
  public LuceneSnapshots(
      Path dataDir, Supplier<KeyRing> keys, Supplier<Embedder> embedder, Duration lockWait) {
    this.dataDir = dataDir;
    this.keys = keys;
    this.embedder = embedder;
    this.lockWait = lockWait;
  }

  private Path storeDir() {
    return dataDir.resolve(LuceneStores.STORE_DIR);
  }

  @Override
  public String copyTo(Path directory) {
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
          return commit.getUserData().get(StoreMetadata.SCHEMA_VERSION);
        }
      } catch (NoSuchFileException | FileNotFoundException e) {
        last = e; // a writer replaced that commit meanwhile: copy the newer one
      } catch (IOException e) {
        throw new StoreException("Cannot copy the store index " + index + ": " + e, e);
      }
    }
    throw new StoreException(
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
  public Contents open(Path directory) {
    if (!Files.isDirectory(directory.resolve(LuceneStores.STORE_DIR))) {
      throw new StoreException(
          "The backup has no "
              + LuceneStores.STORE_DIR
              + "/ directory; it is not an embedded store backup");
    }
    Embedder model = embedder.get();
    try (LuceneStores stores =
        LuceneStores.open(directory, keys.get(), model, StoreAccess.READ_ONLY, Duration.ZERO)) {
      return new Contents(stores.estate().count(), stores.chat().conversations().size());
    } finally {
      model.close();
    }
  }

  @Override
  public void replaceWith(Path directory) {
    WriterLock lock;
    try {
      lock = WriterLock.acquire(storeDir(), lockWait);
    } catch (StoreException e) {
      throw new StoreException(
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
    List<Path[]> done = new ArrayList<>(); // {current, replaced-or-null[, staged]}
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
      StoreException failure =
          new StoreException(
              "Cannot swap the restored store into "
                  + storeDir()
                  + "; the previous data was put back: "
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

  private static void rollback(List<Path[]> done, StoreException failure) {
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
