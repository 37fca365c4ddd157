package io.cloudops.execute.history;

import io.cloudops.CloudOpsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An append-only file of lines, safe across processes and crashes: each append takes an exclusive
 * file lock, completes a torn last line left by a crash with a newline, writes the line in one call
 * and forces it to disk ({@link FileChannel#force(boolean)}) before returning.
 */
final class HistoryLog {

  private final Path file;
  private long readPosition;

  HistoryLog(Path file) {
    this.file = file;
  }

  /** Creates the directory (mode 0700) and the file, on the first write. */
  private void create() {
    if (Files.exists(file)) {
      return;
    }
    try {
      Path dir = file.getParent();
      if (!Files.isDirectory(dir)) {
        try {
          Files.createDirectories(
              dir,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
          Files.createDirectories(dir);
        }
      }
      if (!Files.exists(file)) {
        try (FileChannel created =
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          created.force(true);
        }
        forceDirectory(dir);
      }
    } catch (IOException e) {
      throw new CloudOpsException(
          "Cannot create the execution history " + file + ": " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  /** Appends one line durably. */
  synchronized void append(String line) {
    if (line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a history line must not contain a newline");
    }
    create();
    for (int attempt = 0; attempt < 5; attempt++) {
      if (appendOnce(line)) {
        return;
      }
    }
    throw new CloudOpsException(
        "Cannot write the execution history " + file + ": it keeps being replaced; retry");
  }

  /** False when the file was replaced (a key rotation) while waiting for its lock. */
  private boolean appendOnce(String line) {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
      Object opened = fileKey();
      FileLock lock = channel.lock(); // released when the channel closes
      assert lock.isValid();
      if (opened == null || !opened.equals(fileKey())) {
        return false;
      }
      long size = channel.size();
      boolean torn = size > 0 && lastByte(channel, size) != '\n';
      byte[] bytes = ((torn ? "\n" : "") + line + "\n").getBytes(StandardCharsets.UTF_8);
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      long position = size;
      while (buffer.hasRemaining()) {
        position += channel.write(buffer, position);
      }
      channel.force(true);
      return true;
    } catch (IOException e) {
      throw new CloudOpsException(
          "Cannot write the execution history " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Rewrites every complete line through {@code mapper} into a new file that atomically replaces
   * this one, under the file's lock: a crash leaves either the old or the new file, never a mix. An
   * appender that was waiting for the lock notices the replacement and appends to the new file.
   *
   * @return how many lines were rewritten
   */
  synchronized int rewrite(UnaryOperator<String> mapper) {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
      FileLock lock = channel.lock();
      assert lock.isValid();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      StringBuilder text = new StringBuilder();
      for (String line : lines) {
        text.append(line.isBlank() ? line : mapper.apply(line)).append('\n');
      }
      try (FileChannel out =
          FileChannel.open(
              next,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      forceDirectory(file.getParent());
      readPosition = 0;
      return lines.size();
    } catch (IOException e) {
      throw new CloudOpsException(
          "Cannot rewrite the execution history " + file + ": " + e.getMessage(), e);
    }
  }

  private Object fileKey() throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
  }

  /** The complete lines appended since the last call (by any process). */
  synchronized List<String> readNew() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size <= readPosition) {
        return List.of();
      }
      ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - readPosition));
      long position = readPosition;
      while (buffer.hasRemaining()) {
        int read = channel.read(buffer, position);
        if (read < 0) {
          break;
        }
        position += read;
      }
      byte[] bytes = buffer.array();
      List<String> lines = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < buffer.position(); i++) {
        if (bytes[i] == '\n') {
          lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
          start = i + 1;
        }
      }
      readPosition += start;
      return lines;
    } catch (IOException e) {
      throw new CloudOpsException(
          "Cannot read the execution history " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte lastByte(FileChannel channel, long size) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    channel.read(one, size - 1);
    return one.get(0);
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException notSupported) {
      // some file systems cannot sync a directory; the file itself is synced
    }
  }
}
