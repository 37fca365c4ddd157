package io.cloudops.jenkins.engines;

import io.cloudops.InvalidInputException;
import io.cloudops.jenkins.agent.LineSplitter;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.EstateStoreSink;
import io.cloudops.scan.KnownState;
import io.cloudops.scan.ScanSink;
import io.cloudops.scan.spi.SliceKey;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The controller's end of a scan on a node: each NDJSON line ({@link ScanEvent}) is applied to the
 * store as it arrives. Pages are upserted; when a slice ends cleanly, what the store held for it
 * and the slice did not send is removed. Holds one line and the keys of the slices still running.
 */
final class ScanReceiver extends OutputStream {

  private final ScanSink sink;
  private final KnownState known;
  private final Consumer<String> progress;
  private final Map<SliceKey, Set<String>> seen = new HashMap<>();
  private final LineSplitter lines = new LineSplitter(this::apply);

  ScanReceiver(EstateStoreSink sink, Consumer<String> progress) {
    this(sink, sink, progress);
  }

  /**
   * @param sink where pages and clean slice ends go
   * @param known what the store held per slice, to tell what a clean slice removed
   */
  ScanReceiver(ScanSink sink, KnownState known, Consumer<String> progress) {
    this.sink = sink;
    this.known = known;
    this.progress = progress;
  }

  @Override
  public void write(int b) throws IOException {
    lines.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    lines.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  private void apply(String line) {
    if (line.isBlank()) {
      return;
    }
    ScanEvent event = Json.read(line, ScanEvent.class, "scan event from the node");
    switch (event.type()) {
      case ScanEvent.PAGE -> {
        sink.accept(event.slice(), event.resources());
        Set<String> keys = seen.computeIfAbsent(event.slice(), k -> new HashSet<>());
        event.resources().stream().map(AwsResource::key).forEach(keys::add);
      }
      case ScanEvent.COMPLETED -> {
        Set<String> keys = seen.getOrDefault(event.slice(), Set.of());
        seen.remove(event.slice());
        sink.sliceCompleted(
            event.slice(),
            known.hashes(event.slice()).keySet().stream().filter(k -> !keys.contains(k)).toList());
      }
      case ScanEvent.FAILED -> seen.remove(event.slice());
      case ScanEvent.PROGRESS -> progress.accept(event.text());
      default ->
          throw new InvalidInputException(
              "unknown scan event '" + event.type() + "' from the node");
    }
  }
}
