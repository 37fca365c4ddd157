package io.cloudops.store.qdrant;

import static io.qdrant.client.ValueFactory.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Message;
import io.cloudops.store.LabelledEstate;
import io.cloudops.store.ResourceText;
import io.cloudops.store.SharedModel;
import io.cloudops.store.StoreException;
import io.cloudops.store.embed.Embedder;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdrantStoresTest {

  @TempDir Path dataDir;
  @TempDir Path otherDataDir;

  private final InProcessQdrant server = InProcessQdrant.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private QdrantStores open(Path keyDir) {
    return QdrantStores.open(
        server.connect(QdrantTestStores.TIMEOUT),
        "test",
        KeyFiles.load(keyDir, Map.of()),
        SharedModel.embedder());
  }

  private static AwsResource billingDb() {
    return LabelledEstate.resources().stream()
        .filter(r -> "billing-prod-db".equals(r.name()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void open_createsBothCollections_withKeywordIndexes_andAccountIdAsTenant() {
    open(dataDir).close();

    assertThat(server.collections()).containsOnlyKeys("test_estate", "test_chat");
    assertThat(server.collections().get("test_estate").dimensions)
        .isEqualTo(SharedModel.embedder().dimensions());
    assertThat(server.indexedFields("test_estate"))
        .contains("id", "arn", "name", "type", "account_id", "region", "tags");
    assertThat(server.collections().get("test_estate").tenantFields).containsExactly("account_id");
    assertThat(server.indexedFields("test_chat")).contains("context_id");
  }

  @Test
  void open_ofASchema1EstateCollection_reEmbedsEveryResource_andRecordsTheCurrentSchema() {
    AwsResource db = billingDb();
    try (QdrantStores stores = open(dataDir)) {
      stores.estate().bulkUpsert(List.of(db));
    }
    // what a release of collection schema 1 left: its version, and a vector of the old text
    FakeCollection estate = server.collections().get("test_estate");
    estate.metadata = withSchema(estate.metadata, 1);
    server.collections().get("test_chat").metadata =
        withSchema(server.collections().get("test_chat").metadata, 1);
    FakeCollection.StoredPoint point = estate.points.firstEntry().getValue();
    float[] stale = SharedModel.embedder().embed("RDS database billing prod db. env prod.");
    estate.points.put(
        estate.points.firstKey(),
        new FakeCollection.StoredPoint(point.id(), stale, point.payload()));

    open(dataDir).close();

    float[] current = SharedModel.embedder().embed(ResourceText.semantic(db));
    assertThat(FakeVectors.cosine(estate.points.firstEntry().getValue().vector(), current))
        .isGreaterThan(0.9999f);
    for (String collection : List.of("test_estate", "test_chat")) {
      assertThat(
              server.collections().get(collection).metadata.get(CollectionMetadata.SCHEMA_VERSION))
          .isEqualTo(value(CollectionMetadata.CURRENT_SCHEMA));
    }
  }

  private static Map<String, Value> withSchema(Map<String, Value> metadata, long version) {
    Map<String, Value> changed = new HashMap<>(metadata);
    changed.put(CollectionMetadata.SCHEMA_VERSION, value(version));
    return changed;
  }

  @Test
  void open_whenACollectionHoldsAnotherVectorSize_failsSayingBothSizes() {
    try (QdrantConnection connection = server.connect(QdrantTestStores.TIMEOUT)) {
      connection.call(
          connection
              .client()
              .createCollectionAsync(
                  "test_estate",
                  VectorParams.newBuilder()
                      .setSize(3)
                      .setDistance(io.qdrant.client.grpc.Collections.Distance.Cosine)
                      .build()),
          "creating a collection");
    }

    assertThatThrownBy(() -> open(dataDir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("test_estate")
        .hasMessageContaining("size 3")
        .hasMessageContaining(String.valueOf(SharedModel.embedder().dimensions()))
        .hasMessageNotContaining("\n");
  }

  @Test
  void open_whenTheServerIsGone_failsSayingItIsUnreachable() {
    QdrantConnection connection = server.connect(Duration.ofSeconds(2));
    server.close();

    assertThatThrownBy(
            () ->
                QdrantStores.open(
                    connection, "test", KeyFiles.load(dataDir, Map.of()), SharedModel.embedder()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("unreachable")
        .hasMessageContaining("check the Qdrant URL")
        .hasMessageNotContaining("\n");
  }

  @Test
  void storedPayloads_sealPropertiesAndMessageContent_boundToTheRecordId() {
    AwsResource db = billingDb();
    try (QdrantStores stores = open(dataDir)) {
      stores.estate().upsert(db);
      stores.chat().append("ctx", Message.user("the secret word is swordfish", Instant.EPOCH));
    }

    FakeCollection.StoredPoint point =
        server.collections().get("test_estate").points.values().iterator().next();
    assertThat(point.id().getUuid()).isEqualTo(PointIds.uuid(db.key()).toString());
    assertThat(strings(point.payload())).noneMatch(v -> v.contains("postgres"));
    assertThat(point.payload()).containsKey("sealed_properties");
    FakeCollection.StoredPoint message =
        server.collections().get("test_chat").points.values().iterator().next();
    assertThat(strings(message.payload())).noneMatch(v -> v.contains("swordfish"));
  }

  @Test
  void open_withAnotherKey_isRefusedBeforeAnythingIsRead() {
    try (QdrantStores stores = open(dataDir)) {
      stores.estate().upsert(billingDb());
    }

    assertThatThrownBy(() -> open(otherDataDir))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("does not open Qdrant collection test_estate")
        .hasMessageContaining("set the encryption key");
    try (QdrantStores stores = open(dataDir)) {
      assertThat(stores.estate().get(billingDb().key())).contains(billingDb());
    }
  }

  @Test
  void open_whenTheCollectionHoldsAnotherModelsVectors_isRefused() {
    open(dataDir).close();
    Embedder sameSizeOtherModel = new RenamedEmbedder(SharedModel.embedder(), "other-model");

    assertThatThrownBy(
            () ->
                QdrantStores.open(
                    server.connect(QdrantTestStores.TIMEOUT),
                    "test",
                    KeyFiles.load(dataDir, Map.of()),
                    sameSizeOtherModel))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("embedding model " + SharedModel.embedder().modelId())
        .hasMessageContaining("not other-model");
  }

  /** The shared model under another id. */
  private record RenamedEmbedder(Embedder model, String modelId) implements Embedder {
    @Override
    public float[] embed(String text) {
      return model.embed(text);
    }

    @Override
    public int dimensions() {
      return model.dimensions();
    }

    @Override
    public void close() {}
  }

  @Test
  void pointIds_areNameBasedUuids_stablePerKey() {
    UUID id = PointIds.uuid("arn:aws:s3:::a");

    assertThat(PointIds.uuid("arn:aws:s3:::a")).isEqualTo(id);
    assertThat(PointIds.uuid("arn:aws:s3:::b")).isNotEqualTo(id);
    assertThat(id.version()).isEqualTo(5);
    assertThat(id.variant()).isEqualTo(2);
  }

  private static List<String> strings(Map<String, Value> payload) {
    return payload.values().stream()
        .flatMap(v -> v.hasListValue() ? v.getListValue().getValuesList().stream() : Stream.of(v))
        .map(Value::getStringValue)
        .toList();
  }
}
