package io.cloudops.scan;

import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.SliceKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes each resource as one line of JSON (the {@link AwsResource} wire format), page by page, so
 * memory stays flat however large the estate. Thread-safe; the caller owns and closes the writer.
 */
public final class JsonLinesSink implements ScanSink {

  private final Writer writer;
  private long written;

  public JsonLinesSink(Writer writer) {
    this.writer = writer;
  }

  @Override
  public synchronized void accept(SliceKey slice, List<AwsResource> page) {
    try {
      for (AwsResource resource : page) {
        writer.write(Json.write(resource));
        writer.write('\n');
        written++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write scanned resources", e);
    }
  }

  /** Resources written so far. */
  public synchronized long written() {
    return written;
  }
}
