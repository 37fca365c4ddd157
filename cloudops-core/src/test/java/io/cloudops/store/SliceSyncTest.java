package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SliceSyncTest {

  @TempDir Path dataDir;

  private static final ResourceFilter PROD_QUEUES =
      ResourceFilter.byAccount("111111111111")
          .withRegions(Set.of("eu-west-1"))
          .withResourceTypes(Set.of("sqs:queue"));

  private static List<AwsResource> prodQueues() {
    return LabelledEstate.resources().stream().filter(PROD_QUEUES::matches).toList();
  }

  @Test
  void finish_tombstonesWhatTheSliceNoLongerHas_andLeavesOtherSlicesAlone() {
    try (Stores.Handle stores = EmbeddedStores.open(dataDir)) {
      EstateStore estate = stores.estate();
      estate.bulkUpsert(LabelledEstate.resources());
      List<AwsResource> queues = prodQueues();
      AwsResource changed = queues.get(1).toBuilder().tag("owner", "someone-else").build();

      SliceSync sync = SliceSync.start(estate, PROD_QUEUES);
      sync.page(List.of(queues.get(0)));
      sync.page(List.of(changed));
      SliceSync.Result result = sync.finish();

      assertThat(result.upserts()).isEqualTo(new UpsertSummary(0, 1, 1));
      assertThat(result.tombstoned()).isEqualTo(queues.size() - 2);
      assertThat(estate.keys(PROD_QUEUES))
          .containsExactlyInAnyOrder(queues.get(0).key(), changed.key());
      assertThat(estate.count()).isEqualTo(LabelledEstate.resources().size() - (queues.size() - 2));
    }
  }

  @Test
  void anUnfinishedSlice_deletesNothing_andOutsideResourcesAreRefused() {
    try (Stores.Handle stores = EmbeddedStores.open(dataDir)) {
      EstateStore estate = stores.estate();
      estate.bulkUpsert(LabelledEstate.resources());
      SliceSync sync = SliceSync.start(estate, PROD_QUEUES);
      sync.page(List.of(prodQueues().get(0)));
      AwsResource devDb =
          LabelledEstate.resources().stream()
              .filter(r -> r.name().equals("billing-dev-db"))
              .findFirst()
              .orElseThrow();

      assertThatThrownBy(() -> sync.page(List.of(devDb)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("outside the slice");
      assertThat(estate.count()).isEqualTo(LabelledEstate.resources().size());
    }
  }
}
