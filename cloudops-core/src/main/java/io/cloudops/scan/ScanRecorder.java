package io.cloudops.scan;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.SliceKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sink in front of another that counts, per account and region, what a scan saw and which of its
 * slices failed, for {@link ScanRecords}. Thread-safe.
 */
public final class ScanRecorder implements ScanSink {

  private final ScanSink delegate;
  private final Map<String, Tally> tallies = new TreeMap<>();

  private static final class Tally {
    final String accountId;
    final String region;
    long resources;
    final List<ScanError> errors = new ArrayList<>();

    Tally(String accountId, String region) {
      this.accountId = accountId;
      this.region = region;
    }
  }

  public ScanRecorder(ScanSink delegate) {
    this.delegate = delegate;
  }

  @Override
  public void accept(SliceKey slice, List<AwsResource> page) {
    synchronized (this) {
      tally(slice.accountId(), slice.region()).resources += page.size();
    }
    delegate.accept(slice, page);
  }

  @Override
  public void sliceCompleted(SliceKey slice, List<String> removedKeys) {
    synchronized (this) {
      tally(slice.accountId(), slice.region());
    }
    delegate.sliceCompleted(slice, removedKeys);
  }

  @Override
  public void sliceFailed(SliceKey slice, ScanError error) {
    failed(error);
    delegate.sliceFailed(slice, error);
  }

  /** A failed slice reported otherwise (e.g. in the summary of a scan that ran elsewhere). */
  public synchronized void failed(ScanError error) {
    Tally tally = tally(error.accountId(), error.region());
    if (!tally.errors.contains(error)) {
      tally.errors.add(error);
    }
  }

  /**
   * One record per account and region the scan touched, ended at {@code at}, with the failures its
   * result lists (some fail before any slice starts, e.g. an unreachable endpoint).
   */
  public synchronized List<ScanRecord> records(ScanResult result, Instant at) {
    result.errors().forEach(this::failed);
    return records(at);
  }

  /** One record per account and region the scan touched, ended at {@code at}. */
  public synchronized List<ScanRecord> records(Instant at) {
    return tallies.values().stream()
        .map(t -> new ScanRecord(t.accountId, t.region, at, t.resources, t.errors))
        .toList();
  }

  private Tally tally(String accountId, String region) {
    return tallies.computeIfAbsent(accountId + "/" + region, k -> new Tally(accountId, region));
  }
}
