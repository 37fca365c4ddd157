package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.ResourceFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hybrid search quality on the labelled estate (210 resources, 24 natural-language queries, each
 * with one right answer among near-twins: the same team in other environments, the same environment
 * in other teams). Prints recall@1, recall@5 and the misses.
 */
class SearchQualityTest {

  /**
   * The floor: at most 2 of the 24 queries may miss the top 5. Measured 24/24 when this was written
   * (see docs/store.md); the margin absorbs model or recipe tweaks without hiding a regression.
   */
  private static final double RECALL_AT_5_FLOOR = 0.9;

  @TempDir Path dataDir;

  @Test
  void labelledQueries_findTheirResourceInTheTop5() {
    List<String> misses = new ArrayList<>();
    int top1 = 0;
    int top5 = 0;
    try (StoreHandle stores = EmbeddedStores.open(dataDir)) {
      stores.estate().bulkUpsert(LabelledEstate.resources());
      for (LabelledEstate.LabelledQuery q : LabelledEstate.QUERIES) {
        List<String> names =
            stores.estate().search(q.query(), ResourceFilter.any(), 5).stream()
                .map(h -> h.resource().name())
                .toList();
        int rank = names.indexOf(q.expectedName());
        if (rank == 0) {
          top1++;
        }
        if (rank >= 0) {
          top5++;
        } else {
          misses.add(q.query() + " -> " + names + " (expected " + q.expectedName() + ")");
        }
      }
    }
    int total = LabelledEstate.QUERIES.size();
    double recall5 = (double) top5 / total;
    System.out.printf(
        "search quality: %d queries, recall@1 %.3f, recall@5 %.3f%n",
        total, (double) top1 / total, recall5);
    misses.forEach(m -> System.out.println("  miss: " + m));

    assertThat(total).isGreaterThanOrEqualTo(20);
    assertThat(recall5)
        .as("recall@5; misses: %s", misses)
        .isGreaterThanOrEqualTo(RECALL_AT_5_FLOOR);
  }
}
