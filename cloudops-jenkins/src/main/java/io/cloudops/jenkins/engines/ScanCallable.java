package io.cloudops.jenkins.engines;

import hudson.remoting.RemoteOutputStream;
import io.cloudops.CloudOpsException;
import io.cloudops.jenkins.agent.AgentKeys;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.EstateScanner;
import io.cloudops.scan.KnownState;
import io.cloudops.scan.ScanError;
import io.cloudops.scan.ScanResult;
import io.cloudops.scan.ScanSink;
import io.cloudops.scan.spi.SliceKey;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jenkins.security.MasterToSlaveCallable;

/**
 * A scan shipped to the node of the enclosing {@code node {}}: the core's scanner runs there, and
 * every page of resources, slice end and progress line goes back as one NDJSON line ({@link
 * ScanEvent}) through {@code events} as it happens, so neither side holds the estate. What was
 * known before is the controller's business: the node scans as if nothing were known ({@link
 * KnownState#NONE}) and the controller tells changes and removals apart ({@link ScanReceiver}).
 */
final class ScanCallable extends MasterToSlaveCallable<String, IOException> {
  private static final long serialVersionUID = 1L;

  private final String order;
  private final AgentKeys keys;
  private final RemoteOutputStream events;

  ScanCallable(ScanOrder order, AgentKeys keys, RemoteOutputStream events) {
    this.order = Json.write(order);
    this.keys = keys;
    this.events = events;
  }

  /** What a scan on a node reports back besides its events, as JSON. */
  record Summary(Map<String, Long> byService, int slices, List<ScanError> errors) {}

  @Override
  public String call() throws IOException {
    ScanOrder request = Json.read(order, ScanOrder.class, "scan order");
    try (Writer writer = new OutputStreamWriter(events, StandardCharsets.UTF_8)) {
      EventSink sink = new EventSink(writer);
      ScanResult result;
      try {
        result =
            new EstateScanner()
                .scan(
                    CoreScanRunner.options(request.request(keys)),
                    sink,
                    KnownState.NONE,
                    p -> sink.write(ScanEvent.progress(CoreScanRunner.line(p))));
      } catch (CloudOpsException | UncheckedIOException e) {
        if (Thread.interrupted()) {
          throw interrupted(e);
        }
        throw e;
      }
      if (Thread.interrupted()) {
        throw interrupted(null);
      }
      return Json.write(new Summary(result.byService(), result.slices(), result.errors()));
    }
  }

  private static InterruptedIOException interrupted(Throwable cause) {
    InterruptedIOException e = new InterruptedIOException("CloudOps: the scan was interrupted");
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  /** Writes the scanner's calls as events, one line each; called from several threads. */
  private static final class EventSink implements ScanSink {
    private final Writer writer;

    EventSink(Writer writer) {
      this.writer = writer;
    }

    synchronized void write(ScanEvent event) {
      try {
        writer.write(Json.write(event));
        writer.write('\n');
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot send the scan's events to the controller", e);
      }
    }

    @Override
    public void accept(SliceKey slice, List<AwsResource> page) {
      write(ScanEvent.page(slice, page));
    }

    @Override
    public void sliceCompleted(SliceKey slice, List<String> removedKeys) {
      write(ScanEvent.completed(slice));
    }

    @Override
    public void sliceFailed(SliceKey slice, ScanError error) {
      write(ScanEvent.failed(slice, error));
    }
  }
}
