package io.cloudops.backup;

import java.nio.file.Path;

/**
 * Where a backup's data comes from and goes back to. The embedded store is {@link
 * EmbeddedSnapshotSource}; a Qdrant store would implement this with Qdrant's snapshot API.
 */
public interface SnapshotSource {

  /** A short name of the backend, recorded in the backup's metadata (e.g. {@code embedded}). */
  String kind();

  /**
   * Writes a consistent copy of the data (one commit point) into {@code directory}, which exists
   * and is empty.
   *
   * @return the schema version of the copied data
   */
  String snapshot(Path directory);

  /**
   * A directory on the same file system as the data, under which a restore stages its files so that
   * the final swap is a rename.
   */
  Path stagingParent();

  /**
   * Checks that a staged snapshot can be used here (layout, schema version, key) before anything is
   * replaced.
   *
   * @return what the snapshot holds, for the report
   */
  RestoredData verify(Path directory);

  /**
   * Replaces the current data with the staged snapshot: all of it or none of it. Refuses while
   * another process writes to the data.
   */
  void replaceWith(Path directory);
}
