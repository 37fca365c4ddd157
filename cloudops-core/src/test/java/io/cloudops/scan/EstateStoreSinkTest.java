package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.scan.spi.SliceKey;
import io.cloudops.store.EmbeddedStores;
import io.cloudops.store.EstateStore;
import io.cloudops.store.lucene.LuceneStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstateStoreSinkTest {

  @TempDir Path dataDir;

  private LuceneStores stores;

  @BeforeEach
  void open() {
    stores = EmbeddedStores.open(dataDir);
  }

  @AfterEach
  void close() {
    stores.close();
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
    EstateStore store = stores.estate();
    store.bulkUpsert(List.of(bucket("logs", "eu-west-1"), bucket("data", "us-east-1")));
    EstateStoreSink sink = new EstateStoreSink(store);
    SliceKey slice = new SliceKey("111122223333", "global", "s3", "s3:bucket");

    assertThat(sink.hashes(slice)).containsOnlyKeys("arn:aws:s3:::logs", "arn:aws:s3:::data");

    sink.accept(slice, List.of(bucket("new", "us-east-1")));
    sink.sliceFailed(slice, ScanError.of(slice, "Throttling", "throttled"));
    assertThat(store.count()).isEqualTo(3);

    sink.sliceCompleted(slice, List.of("arn:aws:s3:::logs"));
    assertThat(store.list(ResourceFilter.any()))
        .extracting(AwsResource::key)
        .containsExactlyInAnyOrder("arn:aws:s3:::data", "arn:aws:s3:::new");
    assertThat(sink.upserts().added()).isEqualTo(1);
    assertThat(sink.deleted()).isEqualTo(1);
  }

  @Test
  void regionalSlice_knowsOnlyItsRegion() {
    EstateStore store = stores.estate();
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
