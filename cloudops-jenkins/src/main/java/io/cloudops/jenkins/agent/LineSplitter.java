package io.cloudops.jenkins.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands each complete UTF-8 line (without its line break) to a consumer as
 * soon as it is written; what follows the last line break is handed over on close. Holds at most
 * one line.
 */
public final class LineSplitter extends OutputStream {

  /** Receives a line; may fail with an I/O problem that the writer then sees. */
  @FunctionalInterface
  public interface LineConsumer {
    void accept(String line) throws IOException;
  }

  private final LineConsumer lines;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private boolean closed;

  public LineSplitter(LineConsumer lines) {
    this.lines = lines;
  }

  public static LineSplitter of(Consumer<String> lines) {
    return new LineSplitter(lines::accept);
  }

  @Override
  public synchronized void write(int b) throws IOException {
    if (b == '\n') {
      emit();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n') {
        line.write(b, start, i - start);
        emit();
        start = i + 1;
      }
    }
    line.write(b, start, off + len - start);
  }

  private void emit() throws IOException {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    lines.accept(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
  }

  @Override
  public synchronized void close() throws IOException {
    if (!closed) {
      closed = true;
      if (line.size() > 0) {
        emit();
      }
    }
  }
}
