package io.cloudops.emulator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds {@code moto_server}: {@code $MOTO_SERVER}, then {@code PATH}, then pyenv's versions and
 * shims, so that tests find it even when {@code PATH} lacks pyenv.
 */
public final class MotoLocator {

  private static final String NAME = "moto_server";

  private MotoLocator() {}

  /** The first executable candidate. */
  public static Optional<Path> locate() {
    return candidates().stream().filter(Files::isExecutable).findFirst();
  }

  /** Every place looked at, in order. */
  public static List<Path> candidates() {
    List<Path> candidates = new ArrayList<>();
    String explicit = System.getenv("MOTO_SERVER");
    if (explicit != null && !explicit.isBlank()) {
      candidates.add(Path.of(explicit));
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          candidates.add(Path.of(dir, NAME));
        }
      }
    }
    Path pyenvRoot =
        Optional.ofNullable(System.getenv("PYENV_ROOT"))
            .map(Path::of)
            .orElse(Path.of(System.getProperty("user.home"), ".pyenv"));
    candidates.addAll(pyenvVersions(pyenvRoot));
    candidates.add(pyenvRoot.resolve("shims").resolve(NAME));
    return candidates;
  }

  private static List<Path> pyenvVersions(Path pyenvRoot) {
    Path versions = pyenvRoot.resolve("versions");
    if (!Files.isDirectory(versions)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(versions)) {
      return dirs.sorted(Comparator.reverseOrder())
          .map(d -> d.resolve("bin").resolve(NAME))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
