package io.cloudops.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.crypto.KeyFiles;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Message;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EmbeddedStores;
import io.cloudops.store.HybridSearch;
import io.cloudops.store.LabelledEstate;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.embed.Embedder;
import io.cloudops.store.embed.EmbeddingModelSpec;
import io.cloudops.store.embed.EmbeddingRuntime;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store without an embedding model (the Jenkins steps plugin without the CloudOps
 * Embeddings plugin): no vectors, an empty semantic leg, and the first writer that has the model
 * embeds what was written without it, through the schema migration.
 */
class LexicalStoreTest {

  private static final String PARAPHRASE = "the money database that customers are charged from";

  @TempDir Path dataDir;

  private LuceneStores lexical(StoreAccess access) {
    return LuceneStores.open(
        dataDir, KeyFiles.load(dataDir, Map.of()), Embedder.none(), access, Duration.ofSeconds(1));
  }

  private static HybridSearch.RankedLists legs(LuceneStores stores, String query) {
    return ((LuceneEstateStore) stores.estate()).legs(query);
  }

  /** How many estate documents have a vector, of how many. */
  private long[] vectors() throws IOException {
    try (FSDirectory directory = FSDirectory.open(dataDir.resolve("store").resolve("estate"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      return new long[] {
        searcher.count(new FieldExistsQuery(EstateFields.VECTOR)), reader.numDocs()
      };
    }
  }

  private static String key(String name) {
    return LabelledEstate.resources().stream()
        .filter(r -> name.equals(r.name()))
        .map(AwsResource::key)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void withoutAModel_searchHasNoSemanticLeg_andStillFindsByKeyword() {
    try (LuceneStores stores = lexical(StoreAccess.READ_WRITE)) {
      stores.estate().bulkUpsert(LabelledEstate.resources());

      assertThat(legs(stores, PARAPHRASE).semantic()).isEmpty();
      assertThat(stores.estate().search("billing prod database", ResourceFilter.any(), 3))
          .extracting(h -> h.resource().name())
          .contains("billing-prod-db");
    }
  }

  @Test
  void aStoreWrittenWithoutAModel_isEmbeddedOnce_byTheFirstWriterWithOne() throws IOException {
    int size = LabelledEstate.resources().size();
    try (LuceneStores stores = lexical(StoreAccess.READ_WRITE)) {
      stores.estate().bulkUpsert(LabelledEstate.resources());
      stores.chat().append("c-1", Message.user("rotate the keys", Instant.EPOCH));
    }
    assertThat(vectors()).containsExactly(0, size);
    String model = EmbeddingModelSpec.ALL_MINILM_L6_V2_Q.id();
    assertThat(LuceneStores.pendingMigration(dataDir, Embedder.NO_MODEL)).isEmpty();
    assertThat(LuceneStores.pendingMigration(dataDir, model))
        .hasValueSatisfying(
            line -> assertThat(line).contains("without the embedding model", "documents"));

    try (LuceneStores stores = EmbeddedStores.open(dataDir)) {
      assertThat(legs(stores, PARAPHRASE).semantic()).contains(key("billing-prod-db"));
      assertThat(stores.chat().searchConversations("renew the credentials", 1))
          .extracting(c -> c.contextId())
          .containsExactly("c-1");
    }
    assertThat(vectors()).containsExactly(size, size);
    assertThat(LuceneStores.pendingMigration(dataDir, model)).isEmpty();
  }

  @Test
  void aStoreWithVectors_opensWithoutAModel_andItsNextWriterWithOneEmbedsWhatWasAdded()
      throws IOException {
    List<AwsResource> estate = LabelledEstate.resources();
    try (LuceneStores stores = EmbeddedStores.open(dataDir)) {
      stores.estate().bulkUpsert(estate.subList(1, estate.size()));
    }
    try (LuceneStores stores = lexical(StoreAccess.READ_WRITE)) {
      assertThat(legs(stores, PARAPHRASE).semantic()).isEmpty();
      stores.estate().upsert(estate.get(0));
    }
    assertThat(vectors()).containsExactly(estate.size() - 1, estate.size());

    EmbeddedStores.open(dataDir).close();

    assertThat(vectors()).containsExactly(estate.size(), estate.size());
  }

  @Test
  void theRuntime_isPresentHere_andAbsentForAClassLoaderWithoutIt() {
    ClassLoader here = getClass().getClassLoader();
    ClassLoader withoutOnnx = new Hiding(here, "ai/onnxruntime/", "ai.onnxruntime.");
    EmbeddingModelSpec spec = EmbeddingModelSpec.ALL_MINILM_L6_V2_Q;

    assertThat(EmbeddingRuntime.present(here, spec)).isTrue();
    assertThat(EmbeddingRuntime.present(withoutOnnx, spec)).isFalse();
    assertThat(EmbeddingRuntime.present(new Hiding(here, spec.id(), "-"), spec)).isFalse();
    ClassLoader withoutNatives = new Hiding(here, "ai/onnxruntime/native/", "-");
    // a model loaded earlier in this JVM points the runtime at its unpacked natives: not here
    String nativePath = System.clearProperty("onnxruntime.native.path");
    try {
      assertThat(EmbeddingRuntime.present(withoutNatives, spec)).isFalse();
    } finally {
      if (nativePath != null) {
        System.setProperty("onnxruntime.native.path", nativePath);
      }
    }
    try (Embedder none = EmbeddingRuntime.embedder(withoutOnnx, spec, 1, null)) {
      assertThat(none.semantic()).isFalse();
      assertThat(none.modelId()).isEqualTo(Embedder.NO_MODEL);
    }
    try (Embedder model = EmbeddingRuntime.embedder(here, spec, 1, null)) {
      assertThat(model.semantic()).isTrue();
      assertThat(model.modelId()).isEqualTo(spec.id());
    }
  }

  /** A class loader that does not have the classes and resources under the given prefixes. */
  private static final class Hiding extends ClassLoader {
    private final ClassLoader delegate;
    private final String resources;
    private final String classes;

    Hiding(ClassLoader delegate, String resources, String classes) {
      super(null);
      this.delegate = delegate;
      this.resources = resources;
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (name.startsWith(classes)) {
        throw new ClassNotFoundException(name);
      }
      return delegate.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
      return name.startsWith(resources) ? null : delegate.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
      return name.startsWith(resources)
          ? Collections.emptyEnumeration()
          : delegate.getResources(name);
    }
  }
}
