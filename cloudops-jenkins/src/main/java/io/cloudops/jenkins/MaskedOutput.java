package io.cloudops.jenkins;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A line-buffered stream into the build log that masks the step's secrets in every line before it
 * reaches the log (a secret split across writes is still masked, as lines are masked whole).
 */
public final class MaskedOutput extends OutputStream {

  private final PrintStream log;
  private final BuildLog masks;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  public MaskedOutput(PrintStream log, BuildLog masks) {
    this.log = log;
    this.masks = masks;
  }

  /** A PrintStream over this stream. */
  public PrintStream printStream() {
    return new PrintStream(this, true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      flushLine();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void flush() {
    log.flush();
  }

  @Override
  public synchronized void close() {
    if (line.size() > 0) {
      flushLine();
    }
    log.flush();
  }

  private void flushLine() {
    log.println(masks.mask(line.toString(StandardCharsets.UTF_8)));
    line.reset();
  }
}
