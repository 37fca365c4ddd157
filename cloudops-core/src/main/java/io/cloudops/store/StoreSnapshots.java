package io.cloudops.store;

import java.nio.file.Path;

/**
 * What a store offers a backup: a consistent copy of its files, a check that a copy opens here, and
 * a swap of a staged copy for the live data. Backups use the store only through this interface.
 */
public interface StoreSnapshots {

  /** What a snapshot holds. */
  record Contents(long resources, int conversations) {}

  /**
   * Writes a consistent copy of the data (one commit point) into {@code directory}, which exists
   * and is empty.
   *
   * @return the schema version of the copied data, or {@code none} for an empty store
   * @throws StoreException when the data cannot be copied
   */
  String copyTo(Path directory);

  /**
   * A directory on the data's file system, where a restore stages files so the swap is a rename.
   */
  Path stagingParent();

  /**
   * Opens a staged copy read-only with this data dir's keys.
   *
   * @throws StoreException when it is not a copy of this kind of store or the key does not open it
   */
  Contents open(Path directory);

  /**
   * Replaces the live data with a staged copy, all of it or none of it, under the store's writer
   * lock.
   *
   * @throws StoreException when another process writes, or the swap failed (then nothing changed)
   */
  void replaceWith(Path directory);
}
