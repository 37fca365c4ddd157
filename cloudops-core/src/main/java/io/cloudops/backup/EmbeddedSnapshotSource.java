package io.cloudops.backup;

import io.cloudops.store.StoreException;
import io.cloudops.store.StoreSnapshots;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The embedded store as a backup source, over the snapshots the store offers ({@link
 * StoreSnapshots}): a consistent copy without a lock, a check that a downloaded copy opens with
 * this data dir's key, and a swap under the store's writer lock. Store failures become {@link
 * BackupException}s with the store's one-line reason.
 */
public final class EmbeddedSnapshotSource implements SnapshotSource {

  private final StoreSnapshots store;

  public EmbeddedSnapshotSource(StoreSnapshots store) {
    this.store = store;
  }

  @Override
  public String kind() {
    return "embedded";
  }

  @Override
  public String snapshot(Path directory) {
    return translated(() -> store.copyTo(directory));
  }

  @Override
  public Path stagingParent() {
    return store.stagingParent();
  }

  @Override
  public RestoredData verify(Path directory) {
    try {
      StoreSnapshots.Contents contents = store.open(directory);
      return new RestoredData(contents.resources(), contents.conversations());
    } catch (RuntimeException e) {
      throw new BackupException(
          "The downloaded backup cannot be used here, so nothing was changed: " + e.getMessage(),
          e);
    }
  }

  @Override
  public void replaceWith(Path directory) {
    translated(
        () -> {
          store.replaceWith(directory);
          return null;
        });
  }

  private static <T> T translated(Supplier<T> work) {
    try {
      return work.get();
    } catch (StoreException e) {
      throw new BackupException(e.getMessage(), e);
    }
  }
}
