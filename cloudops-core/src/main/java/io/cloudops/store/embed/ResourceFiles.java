package io.cloudops.store.embed;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * Class-path resources as files, unpacked once into a cache directory instead of on every start:
 * inflating the 23 MB model from the jar takes about 0.2 s, and ONNX Runtime would extract its 16
 * MB native library into a fresh temporary directory each time. A cached file is named after the
 * jar entry's CRC-32 and size (read from the jar's directory, so checking costs nothing) and
 * written to a temporary name, then renamed: a concurrent or interrupted writer never leaves a
 * partial file under the final name. Any failure means "not cached" and the caller reads the
 * resource as a stream, as without a cache.
 */
final class ResourceFiles {

  private ResourceFiles() {}

  /**
   * A file with the resource's bytes: the resource itself when it is a plain file (a build's class
   * directory), else a copy under {@code directory}.
   *
   * @param fileName the name in the cache; {@code {version}} is replaced by the entry's CRC and
   *     size
   */
  static Optional<Path> file(ClassLoader loader, String resource, Path directory, String fileName) {
    URL url = loader.getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Optional.of(Path.of(url.toURI()));
      }
      if (!"jar".equals(url.getProtocol())) {
        return Optional.empty();
      }
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      JarEntry entry = connection.getJarEntry();
      if (entry.getCrc() < 0 || entry.getSize() < 0) {
        return Optional.empty();
      }
      String version = Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
      Path target = directory.resolve(fileName.replace("{version}", version));
      if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
        return Optional.of(target);
      }
      Files.createDirectories(target.getParent());
      Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
      try (InputStream in = connection.getInputStream()) {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      return Files.size(target) == entry.getSize() ? Optional.of(target) : Optional.empty();
    } catch (IOException | URISyntaxException | ClassCastException | SecurityException e) {
      return Optional.empty();
    }
  }
}
