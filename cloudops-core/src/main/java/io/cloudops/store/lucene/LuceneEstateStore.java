package io.cloudops.store.lucene;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.QueryUnderstanding;
import io.cloudops.store.RankFusion;
import io.cloudops.store.ResourceText;
import io.cloudops.store.SearchHit;
import io.cloudops.store.UpsertSummary;
import io.cloudops.store.embed.Embedder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The estate in a Lucene index: exact keyword fields, BM25 text and an HNSW vector per resource;
 * hybrid search fuses lexical and semantic ranks after exact and prefix matches. Without a model
 * ({@link Embedder#semantic()} false) resources have no vector and the semantic leg is empty.
 */
final class LuceneEstateStore implements EstateStore {

  /** How deep each ranked list (lexical, semantic) goes before fusion. */
  static final int CANDIDATES = 50;

  private static final Set<String> STORED_HASH =
      Set.of(EstateFields.KEY, EstateFields.CONTENT_HASH);

  private final LuceneIndex index;
  private final Analyzer analyzer;
  private final Embedder embedder;
  private final ResourceDocuments documents;
  private final Map<String, String> commitData;
  private final RankFusion fusion = new RankFusion(RankFusion.DEFAULT_K);

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
    String text = query == null ? "" : query.strip();
    if (text.isEmpty() || limit < 1) {
      return List.of();
    }
    Query accepted = EstateFields.filter(filter);
    if (index.read(searcher -> searcher.count(accepted)) == 0) {
      return List.of(); // nothing to find: skip loading the model for the query
    }
    QueryUnderstanding understood = QueryUnderstanding.of(text);
    Optional<Query> lexical =
        Analyzers.anyTerm(analyzer, EstateFields.TEXT, understood.lexicalQuery());
    float[] vector = embedder.semantic() ? UnitVectors.of(embedder.embed(text)) : null;
    Query knnFilter = filter.isEmpty() ? null : accepted;
    return index.read(
        searcher -> {
          DocValuesReader values = new DocValuesReader(searcher);
          Map<String, Integer> docs = new HashMap<>();
          List<String> exact =
              keys(searcher, values, docs, filtered(exactQuery(text), accepted), limit);
          List<String> prefix =
              looksLikeIdentifier(text)
                  ? keys(searcher, values, docs, filtered(prefixQuery(text), accepted), limit)
                  : List.of();
          Legs legs = legs(searcher, values, docs, lexical, vector, accepted, knnFilter);
          List<List<String>> lists = List.of(legs.lexical(), legs.semantic());
          List<RankFusion.Ranked> fused =
              understood.window(fusion.fuse(exact, prefix, lists, Integer.MAX_VALUE), lists, limit);
          // judge the window on clear fields where that suffices; decrypt only what is returned
          boolean whole = understood.filters().isEmpty() || understood.needsProperties();
          Map<String, AwsResource> judged = new HashMap<>();
          if (whole) {
            read(searcher, values, fused.stream().mapToInt(r -> docs.get(r.key())).toArray())
                .forEach(resource -> judged.put(resource.key(), resource));
          } else {
            for (RankFusion.Ranked r : fused) {
              judged.put(r.key(), documents.readClear(searcher, docs.get(r.key())));
            }
          }
          List<RankFusion.Ranked> ranked = understood.rerank(fused, judged::get, limit);
          List<AwsResource> found =
              whole
                  ? ranked.stream().map(r -> judged.get(r.key())).toList()
                  : read(
                      searcher, values, ranked.stream().mapToInt(r -> docs.get(r.key())).toArray());
          List<SearchHit> hits = new ArrayList<>(limit);
          for (int i = 0; i < ranked.size(); i++) {
            RankFusion.Ranked r = ranked.get(i);
            hits.add(new SearchHit(found.get(i), r.score(), r.match()));
          }
          return hits;
        });
  }

  /** The keys the lexical (BM25) and the semantic (k-NN) leg rank for a query, best first. */
  record Legs(List<String> lexical, List<String> semantic) {}

  /** The legs of a query over the whole estate, before fusion (for search-quality reports). */
  Legs legs(String query) {
    Optional<Query> lexical =
        Analyzers.anyTerm(analyzer, EstateFields.TEXT, QueryUnderstanding.of(query).lexicalQuery());
    float[] vector = embedder.semantic() ? UnitVectors.of(embedder.embed(query)) : null;
    return index.read(
        searcher ->
            legs(
                searcher,
                new DocValuesReader(searcher),
                new HashMap<>(),
                lexical,
                vector,
                new MatchAllDocsQuery(),
                null));
  }

  private static Legs legs(
      IndexSearcher searcher,
      DocValuesReader values,
      Map<String, Integer> docs,
      Optional<Query> lexical,
      float[] vector,
      Query accepted,
      Query knnFilter)
      throws IOException {
    List<String> bm25 =
        lexical.isPresent()
            ? keys(searcher, values, docs, filtered(lexical.get(), accepted), CANDIDATES)
            : List.of();
    List<String> knn =
        vector == null
            ? List.of() // no model: exact and keyword search only
            : keys(
                searcher,
                values,
                docs,
                new KnnFloatVectorQuery(EstateFields.VECTOR, vector, CANDIDATES, knnFilter),
                CANDIDATES);
    return new Legs(bm25, knn);
  }

  /** The whole query, and each of its words, against the exact id, ARN and name fields. */
  private static Query exactQuery(String text) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(EstateFields.lower(text));
    for (String word : text.split("\\s+")) {
      String trimmed = word.replaceAll("^[\"'(<\\[]+|[\"'?!,;.)>\\]]+$", "");
      if (!trimmed.isEmpty()) {
        candidates.add(EstateFields.lower(trimmed));
      }
    }
    for (String candidate : candidates) {
      for (String field : List.of(EstateFields.ID, EstateFields.ARN, EstateFields.NAME)) {
        query.add(new TermQuery(new Term(field, candidate)), BooleanClause.Occur.SHOULD);
      }
    }
    return query.build();
  }

  private static boolean looksLikeIdentifier(String text) {
    String stem = stripEllipsis(text);
    return stem.length() >= 4 && !stem.contains(" ");
  }

  private static Query prefixQuery(String text) {
    String stem = EstateFields.lower(stripEllipsis(text));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new PrefixQuery(new Term(EstateFields.ID, stem)), BooleanClause.Occur.SHOULD);
    query.add(new PrefixQuery(new Term(EstateFields.ARN, stem)), BooleanClause.Occur.SHOULD);
    return query.build();
  }

  private static String stripEllipsis(String text) {
    return text.strip().replaceAll("(\u2026|\\.\\.\\.)$", "").strip();
  }

  private static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
  }

  /** The keys of the top hits, best first (read from doc values); records each key's doc. */
  private static List<String> keys(
      IndexSearcher searcher, DocValuesReader values, Map<String, Integer> docs, Query query, int n)
      throws IOException {
    ScoreDoc[] hits = searcher.search(query, n).scoreDocs;
    String[] keys = new String[hits.length];
    for (int i : inDocOrder(Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray())) {
      keys[i] = values.string(EstateFields.KEY_SORT, hits[i].doc);
      docs.put(keys[i], hits[i].doc);
    }
    return List.of(keys);
  }

  /** The resources of the docs, in the given order (read in doc order). */
  private List<AwsResource> read(IndexSearcher searcher, DocValuesReader values, int[] docs)
      throws IOException {
    AwsResource[] out = new AwsResource[docs.length];
    for (int i : inDocOrder(docs)) {
      out[i] = documents.read(searcher, values, docs[i]);
    }
    return List.of(out);
  }

  /** The positions of the docs, ordered by doc id: column readers only move forward. */
  private static int[] inDocOrder(int[] docs) {
    return IntStream.range(0, docs.length)
        .boxed()
        .sorted(Comparator.comparingInt(i -> docs[i]))
        .mapToInt(Integer::intValue)
        .toArray();
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
