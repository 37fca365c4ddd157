package io.cloudops.execute;

import io.cloudops.CloudOpsException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * One running plan per account and region, across threads and processes: an exclusive lock on
 * {@code <data-dir>/locks/<account>-<region>.lock}, waited for up to a bound.
 */
final class AccountRegionLock implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(200);

  private final FileChannel channel;
  private final FileLock lock;

  private AccountRegionLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, waiting up to {@code wait}.
   *
   * @throws CloudOpsException when another plan still holds it after the wait
   */
  static AccountRegionLock acquire(Path dataDir, String account, String region, Duration wait) {
    String name = (account + "-" + region).replaceAll("[^A-Za-z0-9_.-]", "_") + ".lock";
    Path file = dataDir.resolve("locks").resolve(name);
    Instant deadline = Instant.now().plus(wait);
    try {
      Files.createDirectories(file.getParent());
      while (true) {
        FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = null;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
          // another execution in this process holds it
        }
        if (lock != null) {
          return new AccountRegionLock(channel, lock);
        }
        channel.close();
        if (Instant.now().isAfter(deadline)) {
          throw new CloudOpsException(
              "another plan is running in account "
                  + account
                  + " region "
                  + region
                  + " (waited "
                  + wait.toSeconds()
                  + " s); wait for it to finish or cancel it, then retry");
        }
        Thread.sleep(POLL.toMillis());
      }
    } catch (IOException e) {
      throw new CloudOpsException("Cannot lock " + file + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CloudOpsException("Interrupted while waiting for the lock on " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new CloudOpsException("Cannot release the execution lock: " + e.getMessage(), e);
    }
  }
}
