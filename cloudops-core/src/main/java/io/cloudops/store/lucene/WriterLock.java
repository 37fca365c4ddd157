package io.cloudops.store.lucene;

import io.cloudops.Setting;
import io.cloudops.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;

/**
 * The one-writer-per-data-dir lock: an OS file lock ({@code writer.lock}, released by the OS when
 * the process dies, even on {@code kill -9}) plus {@code writer.pid} naming the holder for the
 * error message. A second writer waits up to a bound, then fails with "store in use by PID n".
 */
public final class WriterLock implements AutoCloseable {

  static final String LOCK_FILE = "writer.lock";
  static final String PID_FILE = "writer.pid";
  private static final long RETRY_MILLIS = 100;

  private final Directory directory;
  private final Lock lock;
  private final Path pidFile;

  private WriterLock(Directory directory, Lock lock, Path pidFile) {
    this.directory = directory;
    this.lock = lock;
    this.pidFile = pidFile;
  }

  /**
   * Takes the lock of {@code storeDir} ({@code <data-dir>/store}), waiting up to {@code wait}.
   *
   * @throws StoreException "store in use by PID n" when another writer holds it
   */
  public static WriterLock acquire(Path storeDir, Duration wait) {
    Instant deadline = Instant.now().plus(wait);
    Directory directory = null;
    try {
      Files.createDirectories(storeDir);
      directory = FSDirectory.open(storeDir);
      while (true) {
        try {
          Lock lock = NativeFSLockFactory.INSTANCE.obtainLock(directory, LOCK_FILE);
          Path pidFile = storeDir.resolve(PID_FILE);
          Files.writeString(
              pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
          return new WriterLock(directory, lock, pidFile);
        } catch (LockObtainFailedException busy) {
          if (Instant.now().isAfter(deadline)) {
            throw new StoreException(
                "Store in use by PID "
                    + holder(storeDir)
                    + ": another process writes to "
                    + storeDir
                    + "; wait for it to finish, or use another data dir",
                Setting.DATA_DIR,
                busy);
          }
          Thread.sleep(RETRY_MILLIS);
        }
      }
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException("Cannot lock the store at " + storeDir + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(directory);
      throw new StoreException("Interrupted while waiting for the store at " + storeDir, e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  private static String holder(Path storeDir) {
    try {
      return Files.readString(storeDir.resolve(PID_FILE), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "(unknown)";
    }
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // nothing was locked
      }
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(pidFile);
      lock.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("Cannot release the store lock " + pidFile + ": " + e, e);
    }
  }
}
