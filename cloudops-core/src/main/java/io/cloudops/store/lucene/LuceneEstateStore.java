package io.cloudops.store.lucene;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.HybridSearch;
import io.cloudops.store.ResourceText;
import io.cloudops.store.SearchHit;
import io.cloudops.store.UpsertSummary;
import io.cloudops.store.embed.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The estate in a Lucene index: exact keyword fields, BM25 text and an HNSW vector per resource.
 * Search is {@link HybridSearch} over this index's legs ({@link LuceneSearchLegs}). Without a model
 * ({@link Embedder#semantic()} false) resources have no vector and the semantic leg is empty.
 */
final class LuceneEstateStore implements EstateStore {

  private static final Set<String> STORED_HASH =
      Set.of(EstateFields.KEY, EstateFields.CONTENT_HASH);

  private final LuceneIndex index;
  private final Analyzer analyzer;
  private final Embedder embedder;
  private final ResourceDocuments documents;
  private final Map<String, String> commitData;
  private final HybridSearch hybrid = new HybridSearch();
  private final LuceneSearchLegs.Tools tools;

  LuceneEstateStore(
      LuceneIndex index,
      Analyzer analyzer,
      Embedder embedder,
      ResourceDocuments documents,
      Map<String, String> commitData) {
    this.index = index;
    this.analyzer = analyzer;
    this.embedder = embedder;
    this.documents = documents;
    this.commitData = Map.copyOf(commitData);
    this.tools = new LuceneSearchLegs.Tools(analyzer, embedder, documents);
  }

  @Override
  public void upsert(AwsResource resource) {
    bulkUpsert(List.of(resource));
  }

  @Override
  public synchronized UpsertSummary bulkUpsert(Iterable<AwsResource> resources) {
    IndexWriter writer = index.writer();
    Map<String, AwsResource> batch = new LinkedHashMap<>();
    for (AwsResource resource : resources) {
      batch.put(Objects.requireNonNull(resource, "resource").key(), resource);
    }
    if (batch.isEmpty()) {
      return UpsertSummary.EMPTY;
    }
    UpsertPlan plan = plan(batch);
    List<float[]> vectors = vectors(plan.toEmbed());
    try {
      for (int i = 0; i < plan.toEmbed().size(); i++) {
        AwsResource resource = plan.toEmbed().get(i);
        Document doc = documents.toDocument(resource, vectors.get(i));
        if (plan.stored().contains(resource.key())) {
          writer.updateDocument(new Term(EstateFields.KEY, resource.key()), doc);
        } else {
          writer.addDocument(doc); // checked absent above, and this is the only writer
        }
      }
      for (Map.Entry<String, Long> scanned : plan.scanTimes().entrySet()) {
        writer.updateNumericDocValue(
            new Term(EstateFields.KEY, scanned.getKey()),
            EstateFields.LAST_SCANNED,
            scanned.getValue());
      }
      for (Document doc : plan.rewrites()) {
        writer.updateDocument(new Term(EstateFields.KEY, doc.get(EstateFields.KEY)), doc);
      }
    } catch (IOException e) {
      throw LuceneIndex.damaged(index.path(), e);
    }
    index.commit(commitData);
    int added = batch.size() - plan.stored().size();
    int changed = plan.toEmbed().size() - added;
    return new UpsertSummary(added, changed, batch.size() - added - changed);
  }

  /**
   * What a batch needs: new and changed resources are embedded and (re-)indexed; an unchanged one
   * only gets its last-scanned time updated in place, or, when that time does not fit the doc
   * value, is rewritten with its indexed vector.
   */
  private record UpsertPlan(
      Set<String> stored,
      List<AwsResource> toEmbed,
      Map<String, Long> scanTimes,
      List<Document> rewrites) {}

  private UpsertPlan plan(Map<String, AwsResource> batch) {
    return index.read(
        searcher -> {
          Query query =
              new TermInSetQuery(
                  EstateFields.KEY, batch.keySet().stream().map(BytesRef::new).toList());
          ScoreDoc[] hits = searcher.search(query, batch.size()).scoreDocs;
          Arrays.sort(hits, Comparator.comparingInt(hit -> hit.doc));
          DocValuesReader values = new DocValuesReader(searcher);
          Set<String> stored = new HashSet<>();
          Set<String> changed = new HashSet<>();
          Map<String, Long> scanTimes = new LinkedHashMap<>();
          List<Document> rewrites = new ArrayList<>();
          for (ScoreDoc hit : hits) {
            Document doc = searcher.storedFields().document(hit.doc, STORED_HASH);
            String key = doc.get(EstateFields.KEY);
            AwsResource incoming = batch.get(key);
            stored.add(key);
            if (!incoming.contentHash().equals(doc.get(EstateFields.CONTENT_HASH))) {
              changed.add(key);
            } else {
              OptionalLong scanned = ResourceDocuments.epochNanos(incoming.lastScanned());
              if (scanned.isPresent()) {
                scanTimes.put(key, scanned.getAsLong());
              } else {
                rewrites.add(
                    documents.toDocument(incoming, values.vector(EstateFields.VECTOR, hit.doc)));
              }
            }
          }
          List<AwsResource> toEmbed =
              batch.values().stream()
                  .filter(r -> !stored.contains(r.key()) || changed.contains(r.key()))
                  .toList();
          return new UpsertPlan(stored, toEmbed, scanTimes, rewrites);
        });
  }

  @Override
  public List<SearchHit> search(String query, ResourceFilter filter, int limit) {
    return index.read(
        searcher -> {
          try {
            return hybrid.search(query, limit, legs(searcher, EstateFields.filter(filter)));
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        });
  }

  /** The lexical and semantic lists of a query over the whole estate (search-quality reports). */
  HybridSearch.RankedLists legs(String query) {
    return index.read(
        searcher -> {
          try {
            return hybrid.rankedLists(query, legs(searcher, new MatchAllDocsQuery()));
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        });
  }

  private LuceneSearchLegs legs(IndexSearcher searcher, Query accepted) {
    return new LuceneSearchLegs(searcher, tools, accepted);
  }

  /** The resources of the docs, in the given order (read in doc order). */
  private List<AwsResource> read(IndexSearcher searcher, DocValuesReader values, int[] docs)
      throws IOException {
    return documents.readAll(searcher, values, docs);
  }

  /** The doc of a key, or -1. */
  private static int docOf(IndexSearcher searcher, String key) throws IOException {
    ScoreDoc[] hits = searcher.search(new TermQuery(new Term(EstateFields.KEY, key)), 1).scoreDocs;
    return hits.length == 0 ? -1 : hits[0].doc;
  }

  @Override
  public Optional<AwsResource> get(String keyArnOrId) {
    String value = keyArnOrId.strip();
    return index.read(
        searcher -> {
          int doc = docOf(searcher, value);
          for (String field : List.of(EstateFields.ARN, EstateFields.ID)) {
            if (doc < 0) {
              int[] docs =
                  sortedDocs(searcher, new TermQuery(new Term(field, EstateFields.lower(value))));
              doc = docs.length > 0 ? docs[0] : -1;
            }
          }
          return doc < 0
              ? Optional.<AwsResource>empty()
              : Optional.of(documents.read(searcher, new DocValuesReader(searcher), doc));
        });
  }

  @Override
  public List<AwsResource> list(ResourceFilter filter) {
    return index.read(
        searcher ->
            read(
                searcher,
                new DocValuesReader(searcher),
                sortedDocs(searcher, EstateFields.filter(filter))));
  }

  @Override
  public List<String> keys(ResourceFilter filter) {
    return index.read(
        searcher -> {
          List<String> keys = new ArrayList<>();
          for (ScoreDoc hit : sortedHits(searcher, EstateFields.filter(filter))) {
            keys.add(((BytesRef) ((FieldDoc) hit).fields[0]).utf8ToString());
          }
          return keys;
        });
  }

  /** Read from the stored key and hash alone: nothing is decrypted or parsed. */
  @Override
  public Map<String, String> contentHashes(ResourceFilter filter) {
    return index.read(
        searcher -> {
          int[] docs = sortedDocs(searcher, EstateFields.filter(filter));
          Map<String, String> hashes = new LinkedHashMap<>();
          for (int doc : docs) {
            Document stored = searcher.storedFields().document(doc, STORED_HASH);
            hashes.put(stored.get(EstateFields.KEY), stored.get(EstateFields.CONTENT_HASH));
          }
          return hashes;
        });
  }

  /** The docs matching the query, ordered by key. */
  private static int[] sortedDocs(IndexSearcher searcher, Query query) throws IOException {
    return Arrays.stream(sortedHits(searcher, query)).mapToInt(hit -> hit.doc).toArray();
  }

  private static ScoreDoc[] sortedHits(IndexSearcher searcher, Query query) throws IOException {
    int total = searcher.count(query);
    if (total == 0) {
      return new ScoreDoc[0];
    }
    Sort byKey = new Sort(new SortField(EstateFields.KEY_SORT, SortField.Type.STRING));
    return searcher.search(query, total, byKey).scoreDocs;
  }

  @Override
  public long count(ResourceFilter filter) {
    return index.read(searcher -> (long) searcher.count(EstateFields.filter(filter)));
  }

  @Override
  public boolean delete(String key) {
    return deleteAll(List.of(key)) == 1;
  }

  @Override
  public synchronized int deleteAll(Collection<String> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    IndexWriter writer = index.writer();
    Query query =
        new TermInSetQuery(EstateFields.KEY, keys.stream().distinct().map(BytesRef::new).toList());
    int present = index.read(searcher -> searcher.count(query));
    try {
      writer.deleteDocuments(query);
    } catch (IOException e) {
      throw LuceneIndex.damaged(index.path(), e);
    }
    index.commit(commitData);
    return present;
  }

  /**
   * Resource documents of an older schema in the current layout, re-embedded: schema 3 changed the
   * text the vectors are made of (schema 1 kept the time last scanned in its JSON, which {@link
   * ResourceDocuments#read} reads back as well).
   */
  List<Document> migrated(
      int fromVersion, IndexSearcher searcher, DocValuesReader values, int[] docs)
      throws IOException {
    List<AwsResource> resources = read(searcher, values, docs);
    List<float[]> vectors = vectors(resources);
    List<Document> out = new ArrayList<>(resources.size());
    for (int i = 0; i < resources.size(); i++) {
      out.add(documents.toDocument(resources.get(i), vectors.get(i)));
    }
    return out;
  }

  /** The unit vectors of the resources' texts; nulls when the store has no model. */
  private List<float[]> vectors(List<AwsResource> resources) {
    if (!embedder.semantic()) {
      return Collections.nCopies(resources.size(), null);
    }
    return embedder.embedAll(resources.stream().map(ResourceText::semantic).toList()).stream()
        .map(UnitVectors::of)
        .toList();
  }

  /** Re-seals every resource under the cipher's current key, in one commit. */
  synchronized int reseal(Map<String, String> newCommitData) {
    IndexWriter writer = index.writer();
    List<Document> resealed =
        index.read(
            searcher -> {
              DocValuesReader values = new DocValuesReader(searcher);
              int[] docs = sortedDocs(searcher, new MatchAllDocsQuery());
              Arrays.sort(docs);
              List<Document> out = new ArrayList<>(docs.length);
              for (int doc : docs) {
                out.add(
                    documents.toDocument(
                        documents.read(searcher, values, doc),
                        values.vector(EstateFields.VECTOR, doc)));
              }
              return out;
            });
    try {
      for (Document doc : resealed) {
        writer.updateDocument(new Term(EstateFields.KEY, doc.get(EstateFields.KEY)), doc);
      }
    } catch (IOException e) {
      throw LuceneIndex.damaged(index.path(), e);
    }
    index.commit(newCommitData);
    return resealed.size();
  }

  @Override
  public void close() {
    index.close();
  }
}
