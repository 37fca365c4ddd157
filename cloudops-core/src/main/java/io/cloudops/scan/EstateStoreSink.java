package io.cloudops.scan;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.scan.spi.SliceKey;
import io.cloudops.store.EstateStore;
import io.cloudops.store.UpsertSummary;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feeds a scan into an {@link EstateStore}: each page becomes one bulk upsert, and the keys a clean
 * slice no longer has are deleted (a failed slice deletes nothing). Also serves as the scan's
 * {@link KnownState}, read from the store slice by slice.
 */
public final class EstateStoreSink implements ScanSink, KnownState {

  private final EstateStore store;
  private UpsertSummary upserts = UpsertSummary.EMPTY;
  private long deleted;

  public EstateStoreSink(EstateStore store) {
    this.store = store;
  }

  @Override
  public void accept(SliceKey slice, List<AwsResource> page) {
    UpsertSummary summary = store.bulkUpsert(page);
    synchronized (this) {
      upserts = upserts.plus(summary);
    }
  }

  @Override
  public void sliceCompleted(SliceKey slice, List<String> removedKeys) {
    long count = removedKeys.isEmpty() ? 0 : store.deleteAll(removedKeys);
    synchronized (this) {
      deleted += count;
    }
  }

  @Override
  public Map<String, String> hashes(SliceKey slice) {
    ResourceFilter filter =
        ResourceFilter.byType(slice.resourceType()).withAccountIds(Set.of(slice.accountId()));
    if (!AwsResource.GLOBAL_REGION.equals(slice.region())) {
      filter = filter.withRegions(Set.of(slice.region()));
    }
    return store.contentHashes(filter);
  }

  /** What the upserts did so far. */
  public synchronized UpsertSummary upserts() {
    return upserts;
  }

  /** Resources deleted because a clean slice no longer had them. */
  public synchronized long deleted() {
    return deleted;
  }
}
