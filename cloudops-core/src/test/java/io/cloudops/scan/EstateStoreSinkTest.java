package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.SearchHit;
import io.cloudops.store.UpsertSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EstateStoreSinkTest {

  /** The store contract's bookkeeping only, until a real store lands on this branch. */
  private static final class MapStore implements EstateStore {
    final Map<String, AwsResource> byKey = new TreeMap<>();

    @Override
    public void upsert(AwsResource resource) {
      byKey.put(resource.key(), resource);
    }

    @Override
    public UpsertSummary bulkUpsert(Iterable<AwsResource> resources) {
      int added = 0;
      int changed = 0;
      int unchanged = 0;
      for (AwsResource r : resources) {
        AwsResource old = byKey.put(r.key(), r);
        if (old == null) {
          added++;
        } else if (old.contentDiffers(r)) {
          changed++;
        } else {
          unchanged++;
        }
      }
      return new UpsertSummary(added, changed, unchanged);
    }

    @Override
    public List<SearchHit> search(String query, ResourceFilter filter, int limit) {
      return List.of();
    }

    @Override
    public Optional<AwsResource> get(String keyArnOrId) {
      return Optional.ofNullable(byKey.get(keyArnOrId));
    }

    @Override
    public List<AwsResource> list(ResourceFilter filter) {
      return new ArrayList<>(byKey.values().stream().filter(filter::matches).toList());
    }

    @Override
    public long count() {
      return byKey.size();
    }

    @Override
    public boolean delete(String key) {
      return byKey.remove(key) != null;
    }

    @Override
    public void close() {}
  }

  private static AwsResource bucket(String name, String region) {
    return AwsResource.builder()
        .id(name)
        .arn("arn:aws:s3:::" + name)
        .accountId("111122223333")
        .region(region)
        .service("s3")
        .resourceType("s3:bucket")
        .build();
  }

  @Test
  void globalSlice_knowsResourcesOfEveryRegion_andDeletesOnlyWhatItIsTold() {
    MapStore store = new MapStore();
    store.bulkUpsert(List.of(bucket("logs", "eu-west-1"), bucket("data", "us-east-1")));
    EstateStoreSink sink = new EstateStoreSink(store);
    SliceKey slice = new SliceKey("111122223333", "global", "s3", "s3:bucket");

    assertThat(sink.hashes(slice)).containsOnlyKeys("arn:aws:s3:::logs", "arn:aws:s3:::data");

    sink.accept(slice, List.of(bucket("new", "us-east-1")));
    sink.sliceFailed(slice, ScanError.of(slice, "Throttling", "throttled"));
    assertThat(store.count()).isEqualTo(3);

    sink.sliceCompleted(slice, List.of("arn:aws:s3:::logs"));
    assertThat(store.byKey).containsOnlyKeys("arn:aws:s3:::data", "arn:aws:s3:::new");
    assertThat(sink.upserts().added()).isEqualTo(1);
    assertThat(sink.deleted()).isEqualTo(1);
  }

  @Test
  void regionalSlice_knowsOnlyItsRegion() {
    MapStore store = new MapStore();
    AwsResource queue =
        AwsResource.builder()
            .id("q")
            .accountId("111122223333")
            .region("eu-west-1")
            .service("sqs")
            .resourceType("sqs:queue")
            .build();
    store.upsert(queue);
    EstateStoreSink sink = new EstateStoreSink(store);

    assertThat(sink.hashes(new SliceKey("111122223333", "eu-west-1", "sqs", "sqs:queue")))
        .containsEntry(queue.key(), queue.contentHash());
    assertThat(sink.hashes(new SliceKey("111122223333", "us-east-1", "sqs", "sqs:queue")))
        .isEmpty();
  }
}
