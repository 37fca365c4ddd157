package io.cloudops.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Message;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EmbeddedStores;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreException;
import io.cloudops.store.UpsertSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the golden data dir that CloudOps wrote in schema 1 ({@code store-fixtures/schema-v1}, see
 * its README) with today's code: readers read it as it is, the first writer migrates it to the
 * current schema without losing or changing a resource or a message, and a migration that fails
 * half-way leaves the old layout intact.
 */
class SchemaMigrationTest {

  @TempDir Path dataDir;

  private List<AwsResource> expectedEstate;
  private Map<String, List<Message>> expectedChat;

  @BeforeEach
  void copyFixture() throws IOException {
    StoreFixtures.copy("schema-v1", dataDir);
    expectedEstate = StoreFixtures.expectedEstate(dataDir);
    expectedChat =
        Json.mapper()
            .readValue(
                dataDir.resolve("expected-chat.json").toFile(),
                new TypeReference<Map<String, List<Message>>>() {});
  }

  @Test
  void readOnlyOpen_readsSchema1AsItIs_andChangesNoFile() throws IOException {
    Map<String, Long> before = files();
    try (LuceneStores stores = EmbeddedStores.open(dataDir, StoreAccess.READ_ONLY)) {
      assertThat(stores.estate().list(ResourceFilter.any())).isEqualTo(expectedEstate);
      assertThat(stores.chat().history("billing-cleanup", 10))
          .isEqualTo(expectedChat.get("billing-cleanup"));
      assertThat(stores.estate().search("billing prod database", ResourceFilter.any(), 1))
          .extracting(hit -> hit.resource().name())
          .containsExactly("billing-prod-db");
    }
    assertThat(files()).isEqualTo(before);
    assertThat(schema("estate")).isEqualTo("1");
  }

  @Test
  void firstWriter_migratesToTheCurrentSchema_keepingEveryResourceAndMessage() throws IOException {
    try (LuceneStores stores = EmbeddedStores.open(dataDir)) {
      assertThat(stores.estate().list(ResourceFilter.any())).isEqualTo(expectedEstate);
      for (Map.Entry<String, List<Message>> chat : expectedChat.entrySet()) {
        assertThat(stores.chat().history(chat.getKey(), 10)).isEqualTo(chat.getValue());
      }
      assertThat(stores.estate().search("billing prod database", ResourceFilter.any(), 1))
          .extracting(hit -> hit.resource().name())
          .containsExactly("billing-prod-db");
      assertThat(stores.chat().searchConversations("idle instances of billing", 1))
          .extracting(c -> c.contextId())
          .containsExactly("billing-cleanup");

      // the stored hashes and vectors came along: a re-scan of the same content re-embeds nothing
      AwsResource any = expectedEstate.get(3);
      assertThat(stores.estate().bulkUpsert(List.of(any))).isEqualTo(new UpsertSummary(0, 0, 1));
    }
    for (String index : List.of("estate", "chat")) {
      assertThat(schema(index)).isEqualTo(Integer.toString(StoreMetadata.CURRENT_SCHEMA));
      assertThat(vectorFields(index)).containsOnly(VectorSimilarityFunction.DOT_PRODUCT);
      assertThat(storedFieldNames(index)).doesNotContain("vector_copy");
    }
  }

  @Test
  void pendingMigration_isAnnouncedBeforeTheFirstWriter_andNotAfter() {
    // 30 estate documents (one of them deleted: the estimate errs on the long side) and 3 messages
    assertThat(LuceneStores.pendingMigration(dataDir))
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .startsWith("migrating the store at " + dataDir.resolve("store"))
                    .contains("from schema 1 to " + StoreMetadata.CURRENT_SCHEMA)
                    .contains("(once, 33 documents, about 1 s; the 30 resources are re-embedded)"));

    try (LuceneStores stores = EmbeddedStores.open(dataDir, StoreAccess.READ_ONLY)) {
      assertThat(stores.estate().count()).isEqualTo(expectedEstate.size());
    }
    assertThat(LuceneStores.pendingMigration(dataDir)).isPresent(); // readers do not migrate

    EmbeddedStores.open(dataDir).close();
    assertThat(LuceneStores.pendingMigration(dataDir)).isEmpty();
    assertThat(LuceneStores.pendingMigration(dataDir.resolve("no-store-here"))).isEmpty();
  }

  @Test
  void migrationFailingHalfWay_leavesSchema1Intact_andTheNextWriterMigrates() throws IOException {
    Path estate = dataDir.resolve("store/estate");
    AtomicInteger converted = new AtomicInteger();
    ResourceDocuments documents =
        new ResourceDocuments(new AesGcmCipher(KeyFiles.load(dataDir, Map.of())));
    try (LuceneIndex index = LuceneIndex.open(estate, Analyzers.estate(), true)) {
      assertThatThrownBy(
              () ->
                  SchemaMigration.migrate(
                      index,
                      Map.of(StoreMetadata.SCHEMA_VERSION, "3"),
                      (version, searcher, values, docs) -> {
                        List<Document> out = new ArrayList<>();
                        for (int doc : docs) {
                          if (converted.incrementAndGet() == 10) {
                            throw new IllegalStateException("injected failure");
                          }
                          out.add(
                              documents.toDocument(
                                  documents.read(searcher, values, doc), new float[384]));
                        }
                        return out;
                      }))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("Cannot migrate the store index at " + estate)
          .hasMessageContaining("injected failure")
          .hasMessageContaining("nothing was changed");
    }
    assertThat(converted).hasValue(10);
    assertThat(schema("estate")).isEqualTo("1");
    try (LuceneStores stores = EmbeddedStores.open(dataDir, StoreAccess.READ_ONLY)) {
      assertThat(stores.estate().list(ResourceFilter.any())).isEqualTo(expectedEstate);
    }

    try (LuceneStores stores = EmbeddedStores.open(dataDir)) {
      assertThat(stores.estate().list(ResourceFilter.any())).isEqualTo(expectedEstate);
    }
    assertThat(schema("estate")).isEqualTo(Integer.toString(StoreMetadata.CURRENT_SCHEMA));
  }

  @Test
  void migratedCommit_stillNamesTheModel_andChecksTheKey() {
    try (LuceneStores stores = EmbeddedStores.open(dataDir)) {
      assertThat(stores.estate().count()).isEqualTo(expectedEstate.size());
    }
    for (String index : List.of("estate", "chat")) {
      Map<String, String> data = userData(index);
      assertThat(data).containsEntry(StoreMetadata.EMBEDDING_MODEL, "all-minilm-l6-v2-q");
      StoreMetadata.checkKey(
          dataDir, data, new AesGcmCipher(KeyFiles.load(dataDir, Map.of()))); // does not throw
      assertThatThrownBy(
              () ->
                  StoreMetadata.checkKey(dataDir, data, new AesGcmCipher(KeyRing.of(new byte[32]))))
          .hasMessageContaining("does not open the store");
    }
  }

  private String schema(String index) throws IOException {
    return userData(index).get(StoreMetadata.SCHEMA_VERSION);
  }

  private Map<String, String> userData(String index) {
    return StoreFixtures.userData(dataDir, index);
  }

  private List<VectorSimilarityFunction> vectorFields(String index) throws IOException {
    try (var directory = FSDirectory.open(dataDir.resolve("store").resolve(index));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.leaves().stream()
          .flatMap(leaf -> fields(leaf).stream())
          .filter(f -> f.getVectorDimension() > 0)
          .map(FieldInfo::getVectorSimilarityFunction)
          .distinct()
          .toList();
    }
  }

  private List<String> storedFieldNames(String index) throws IOException {
    try (var directory = FSDirectory.open(dataDir.resolve("store").resolve(index));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.leaves().stream()
          .flatMap(leaf -> fields(leaf).stream())
          .map(f -> f.name)
          .distinct()
          .toList();
    }
  }

  private static List<FieldInfo> fields(LeafReaderContext leaf) {
    List<FieldInfo> out = new ArrayList<>();
    leaf.reader().getFieldInfos().forEach(out::add);
    return out;
  }

  private Map<String, Long> files() throws IOException {
    Map<String, Long> sizes = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dataDir.resolve("store"))) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        sizes.put(dataDir.relativize(file).toString(), Files.size(file));
      }
    }
    return sizes;
  }
}
