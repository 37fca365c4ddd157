package io.cloudops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Recursive delete for the staging directories a backup, a restore or a store snapshot leaves. */
public final class Directories {

  private Directories() {}

  /** Deletes a file tree; missing is fine. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }

  /** Deletes a file tree, ignoring failures (best-effort cleanup after the real work). */
  public static void deleteQuietly(Path root) {
    try {
      deleteTree(root);
    } catch (IOException ignored) {
      // a leftover staging directory is harmless; its name says what it is
    }
  }
}
