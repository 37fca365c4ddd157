package io.cloudops.store.lucene;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.RankFusion;
import io.cloudops.store.SearchHit;
import io.cloudops.store.UpsertSummary;
import io.cloudops.store.embed.Embedder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
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
 * hybrid search fuses lexical and semantic ranks after exact and prefix matches.
 */
final class LuceneEstateStore implements EstateStore {

  /** How deep each ranked list (lexical, semantic) goes before fusion. */
  static final int CANDIDATES = 50;

  private static final Set<String> STORED_KEY = Set.of(EstateFields.KEY);
  private static final Set<String> STORED_HASH =
      Set.of(EstateFields.KEY, EstateFields.CONTENT_HASH, EstateFields.VECTOR_COPY);

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
    Map<String, Document> stored = storedDocuments(batch.keySet());
    List<AwsResource> toEmbed = new ArrayList<>();
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    List<Document> rewrites = new ArrayList<>();
    for (AwsResource resource : batch.values()) {
      Document old = stored.get(resource.key());
      if (old == null) {
        added++;
        toEmbed.add(resource);
      } else if (!resource.contentHash().equals(old.get(EstateFields.CONTENT_HASH))) {
        changed++;
        toEmbed.add(resource);
      } else {
        unchanged++;
        rewrites.add(documents.toDocument(resource, ResourceDocuments.vectorOf(old)));
      }
    }
    List<float[]> vectors =
        embedder.embedAll(toEmbed.stream().map(io.cloudops.store.ResourceText::semantic).toList());
    try {
      for (int i = 0; i < toEmbed.size(); i++) {
        AwsResource resource = toEmbed.get(i);
        writer.updateDocument(
            new Term(EstateFields.KEY, resource.key()),
            documents.toDocument(resource, vectors.get(i)));
      }
      for (Document doc : rewrites) {
        writer.updateDocument(new Term(EstateFields.KEY, doc.get(EstateFields.KEY)), doc);
      }
    } catch (IOException e) {
      throw LuceneIndex.damaged(index.path(), e);
    }
    index.commit(commitData);
    return new UpsertSummary(added, changed, unchanged);
  }

  private Map<String, Document> storedDocuments(Collection<String> keys) {
    return index.read(
        searcher -> {
          Map<String, Document> found = new HashMap<>();
          Query query =
              new TermInSetQuery(EstateFields.KEY, keys.stream().map(BytesRef::new).toList());
          for (ScoreDoc hit : searcher.search(query, Math.max(1, keys.size())).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc, STORED_HASH);
            found.put(doc.get(EstateFields.KEY), doc);
          }
          return found;
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
    Optional<Query> lexical = Analyzers.anyTerm(analyzer, EstateFields.TEXT, text);
    float[] vector = embedder.embed(text);
    return index.read(
        searcher -> {
          List<String> exact = keys(searcher, filtered(exactQuery(text), accepted), limit);
          List<String> prefix =
              looksLikeIdentifier(text)
                  ? keys(searcher, filtered(prefixQuery(text), accepted), limit)
                  : List.of();
          List<String> bm25 =
              lexical.isPresent()
                  ? keys(searcher, filtered(lexical.get(), accepted), CANDIDATES)
                  : List.of();
          List<String> knn =
              keys(
                  searcher,
                  new KnnFloatVectorQuery(EstateFields.VECTOR, vector, CANDIDATES, accepted),
                  CANDIDATES);
          List<SearchHit> hits = new ArrayList<>();
          for (RankFusion.Ranked ranked : fusion.fuse(exact, prefix, List.of(bm25, knn), limit)) {
            Document doc = byKey(searcher, ranked.key());
            if (doc != null) {
              hits.add(new SearchHit(documents.fromDocument(doc), ranked.score(), ranked.match()));
            }
          }
          return hits;
        });
  }

  /** The whole query, and each of its words, against the exact id, ARN and name fields. */
  private static Query exactQuery(String text) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Set<String> candidates = new java.util.LinkedHashSet<>();
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

  private static List<String> keys(IndexSearcher searcher, Query query, int n) throws IOException {
    List<String> keys = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
      keys.add(searcher.storedFields().document(hit.doc, STORED_KEY).get(EstateFields.KEY));
    }
    return keys;
  }

  private static Document byKey(IndexSearcher searcher, String key) throws IOException {
    ScoreDoc[] hits = searcher.search(new TermQuery(new Term(EstateFields.KEY, key)), 1).scoreDocs;
    return hits.length == 0 ? null : searcher.storedFields().document(hits[0].doc);
  }

  @Override
  public Optional<AwsResource> get(String keyArnOrId) {
    String value = keyArnOrId.strip();
    return index.read(
        searcher -> {
          Document doc = byKey(searcher, value);
          if (doc == null) {
            for (String field : List.of(EstateFields.ARN, EstateFields.ID)) {
              List<Document> docs =
                  sorted(searcher, new TermQuery(new Term(field, EstateFields.lower(value))), null);
              if (!docs.isEmpty()) {
                doc = docs.get(0);
                break;
              }
            }
          }
          return Optional.ofNullable(doc).map(documents::fromDocument);
        });
  }

  @Override
  public List<AwsResource> list(ResourceFilter filter) {
    return index.read(
        searcher ->
            sorted(searcher, EstateFields.filter(filter), null).stream()
                .map(documents::fromDocument)
                .toList());
  }

  @Override
  public List<String> keys(ResourceFilter filter) {
    return index.read(
        searcher ->
            sorted(searcher, EstateFields.filter(filter), STORED_KEY).stream()
                .map(d -> d.get(EstateFields.KEY))
                .toList());
  }

  private static List<Document> sorted(IndexSearcher searcher, Query query, Set<String> fields)
      throws IOException {
    int total = searcher.count(query);
    if (total == 0) {
      return List.of();
    }
    Sort byKey = new Sort(new SortField(EstateFields.KEY_SORT, SortField.Type.STRING));
    List<Document> docs = new ArrayList<>(total);
    for (ScoreDoc hit : searcher.search(query, total, byKey).scoreDocs) {
      docs.add(
          fields == null
              ? searcher.storedFields().document(hit.doc)
              : searcher.storedFields().document(hit.doc, fields));
    }
    return docs;
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

  /** Re-seals every resource under the cipher's current key, in one commit. */
  synchronized int reseal(Map<String, String> newCommitData) {
    IndexWriter writer = index.writer();
    List<Document> all =
        index.read(
            searcher -> sorted(searcher, new org.apache.lucene.search.MatchAllDocsQuery(), null));
    try {
      for (Document doc : all) {
        writer.updateDocument(
            new Term(EstateFields.KEY, doc.get(EstateFields.KEY)), documents.reseal(doc));
      }
    } catch (IOException e) {
      throw LuceneIndex.damaged(index.path(), e);
    }
    index.commit(newCommitData);
    return all.size();
  }

  @Override
  public void close() {
    index.close();
  }
}
