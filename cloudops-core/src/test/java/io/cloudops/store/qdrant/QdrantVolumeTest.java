package io.cloudops.store.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.Secret;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.LabelledEstate;
import io.cloudops.store.UpsertSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages larger than one gRPC message (4 MiB by default) over real local TCP: upserts and reads are
 * split into batches, scrolls follow the offset across many pages.
 */
class QdrantVolumeTest {

  private static final int RESOURCES = 1_200;

  @TempDir Path dataDir;

  private static List<AwsResource> estate() {
    List<AwsResource> base = LabelledEstate.resources();
    List<AwsResource> out = new ArrayList<>(RESOURCES);
    for (int i = 0; i < RESOURCES; i++) {
      AwsResource r = base.get(i % base.size());
      String suffix = String.format("-%05d", i);
      out.add(
          r.toBuilder().id(r.id() + suffix).arn(r.arn() == null ? null : r.arn() + suffix).build());
    }
    return out;
  }

  @Test
  void bulkUpsert_ofAPageBeyondOneGrpcMessage_isStoredListedAndDeletedWhole() {
    List<AwsResource> estate = estate();
    try (TcpQdrant server = new TcpQdrant("k");
        QdrantStores stores =
            QdrantStores.open(
                QdrantConnection.open(server.url(), Secret.of("k"), QdrantTestStores.TIMEOUT),
                "volume",
                KeyFiles.load(dataDir, Map.of()),
                new HashEmbedder(384))) {
      EstateStore store = stores.estate();

      assertThat(store.bulkUpsert(estate)).isEqualTo(new UpsertSummary(RESOURCES, 0, 0));
      assertThat(store.bulkUpsert(estate)).isEqualTo(new UpsertSummary(0, 0, RESOURCES));

      assertThat(store.count()).isEqualTo(RESOURCES);
      List<String> keys = store.keys(ResourceFilter.any());
      assertThat(keys).hasSize(RESOURCES).isSorted().doesNotHaveDuplicates();
      assertThat(store.list(ResourceFilter.byAccount("111111111111")))
          .hasSize((int) store.count(ResourceFilter.byAccount("111111111111")))
          .allMatch(r -> r.accountId().equals("111111111111"));
      assertThat(store.deleteAll(keys)).isEqualTo(RESOURCES);
      assertThat(store.count()).isZero();
    }
  }
}
