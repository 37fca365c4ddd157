package io.cloudops.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EmbeddedStores;
import io.cloudops.store.ResourceText;
import io.cloudops.store.SharedModel;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.UpsertSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the golden data dir of schema 2 ({@code store-fixtures/schema-v2}, see its README) with
 * today's code: readers read it as it is; the first writer migrates it to schema 3, re-embedding
 * every resource from the current resource text (schema 2's vectors were made from the old text)
 * and keeping every message's vector (the chat text has not changed).
 */
class SchemaV2MigrationTest {

  @TempDir Path dataDir;

  private List<AwsResource> expectedEstate;

  @BeforeEach
  void copyFixture() throws IOException {
    StoreFixtures.copy("schema-v2", dataDir);
    expectedEstate = StoreFixtures.expectedEstate(dataDir);
  }

  @Test
  void readOnlyOpen_readsSchema2AsItIs() {
    assertThat(schema("estate")).isEqualTo("2");
    try (LuceneStores stores = EmbeddedStores.open(dataDir, StoreAccess.READ_ONLY)) {
      assertThat(stores.estate().list(ResourceFilter.any())).isEqualTo(expectedEstate);
      assertThat(stores.estate().search("billing prod database", ResourceFilter.any(), 1))
          .extracting(hit -> hit.resource().name())
          .containsExactly("billing-prod-db");
    }
    assertThat(schema("estate")).isEqualTo("2");
  }

  @Test
  void firstWriter_reEmbedsEveryResourceFromTheCurrentText_andKeepsEveryMessageVector()
      throws IOException {
    Map<String, float[]> estateBefore = StoreFixtures.vectors(dataDir, "estate", EstateFields.KEY);
    Map<String, float[]> chatBefore = StoreFixtures.vectors(dataDir, "chat", "message_id");

    try (LuceneStores stores = EmbeddedStores.open(dataDir)) {
      assertThat(stores.estate().list(ResourceFilter.any())).isEqualTo(expectedEstate);
      // the hashes came along: a re-scan of the same content re-embeds nothing
      assertThat(stores.estate().bulkUpsert(List.of(expectedEstate.get(3))))
          .isEqualTo(new UpsertSummary(0, 0, 1));
    }

    Map<String, float[]> estateAfter = StoreFixtures.vectors(dataDir, "estate", EstateFields.KEY);
    assertThat(estateAfter).hasSameSizeAs(expectedEstate);
    for (AwsResource resource : expectedEstate) {
      float[] current =
          UnitVectors.of(SharedModel.embedder().embed(ResourceText.semantic(resource)));
      float[] migrated = estateAfter.get(resource.key());
      assertThat(migrated).as(resource.key()).containsExactly(current, within(1e-5f));
      assertThat(dot(migrated, estateBefore.get(resource.key())))
          .as("schema-2 vector of %s was replaced", resource.key())
          .isLessThan(0.999f);
    }
    Map<String, float[]> chatAfter = StoreFixtures.vectors(dataDir, "chat", "message_id");
    assertThat(chatAfter.keySet()).isEqualTo(chatBefore.keySet());
    chatBefore.forEach(
        (id, vector) -> assertThat(chatAfter.get(id)).as(id).containsExactly(vector));
    assertThat(schema("estate")).isEqualTo(Integer.toString(StoreMetadata.CURRENT_SCHEMA));
    assertThat(schema("chat")).isEqualTo(Integer.toString(StoreMetadata.CURRENT_SCHEMA));
  }

  @Test
  void pendingMigration_saysTheResourcesAreReEmbedded() {
    assertThat(LuceneStores.pendingMigration(dataDir))
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .contains("from schema 2 to " + StoreMetadata.CURRENT_SCHEMA)
                    .contains("(once, 32 documents, about 1 s; the 29 resources are re-embedded)"));

    EmbeddedStores.open(dataDir).close();
    assertThat(LuceneStores.pendingMigration(dataDir)).isEmpty();
  }

  private String schema(String index) {
    return StoreFixtures.userData(dataDir, index).get(StoreMetadata.SCHEMA_VERSION);
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
