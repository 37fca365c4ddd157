package io.cloudops.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Packs a snapshot directory into a zip (hashing it with SHA-256 on the way) and unpacks it. */
final class BackupArchive {

  private BackupArchive() {}

  /**
   * Zips every file under {@code directory}, paths relative to it with {@code /} separators.
   *
   * @return the archive's SHA-256, hex
   */
  static String pack(Path directory, Path archive) {
    MessageDigest digest = sha256();
    try (OutputStream file = Files.newOutputStream(archive);
        ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(file, digest));
        Stream<Path> walk = Files.walk(directory)) {
      // Lucene files are compact already (and vectors barely compress): favour speed
      zip.setLevel(Deflater.BEST_SPEED);
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path f : files) {
        String name = directory.relativize(f).toString().replace('\\', '/');
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(f, zip);
        zip.closeEntry();
      }
      zip.finish();
    } catch (IOException e) {
      throw new BackupException("Cannot write the backup archive " + archive + ": " + e, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Unzips into {@code directory}; refuses entries that would land outside it.
   *
   * @throws BackupException when the archive is not a readable zip
   */
  static void unpack(Path archive, Path directory) {
    Path root = directory.toAbsolutePath().normalize();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
      ZipEntry entry;
      int count = 0;
      while ((entry = zip.getNextEntry()) != null) {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
          throw new BackupException(
              "The backup archive has an entry outside its root (" + entry.getName() + ")");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target);
          count++;
        }
      }
      if (count == 0) {
        throw new BackupException("The backup archive holds no files; it is not a CloudOps backup");
      }
    } catch (IOException e) {
      throw new BackupException("Cannot unpack the backup archive: " + e, e);
    }
  }

  /** The SHA-256 of a file, hex. */
  static String sha256(Path file) {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }
}
