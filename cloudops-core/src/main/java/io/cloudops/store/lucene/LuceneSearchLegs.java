package io.cloudops.store.lucene;

import io.cloudops.model.AwsResource;
import io.cloudops.store.SearchLegs;
import io.cloudops.store.embed.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The embedded store's legs of one search, over one searcher: exact and prefix matches on the
 * keyword fields, BM25 on the text, k-NN on the vectors. Hit keys are read from doc values, and
 * each key's doc is remembered so that the resources are read without another lookup. Failures to
 * read the index are thrown as {@link UncheckedIOException} (the store turns them into its
 * "damaged" message). Not thread-safe: one per search.
 */
final class LuceneSearchLegs implements SearchLegs {

  /**
   * What every search of one store uses: the text's analyzer, the query's embedder and the reader
   * of resource documents.
   */
  record Tools(Analyzer analyzer, Embedder embedder, ResourceDocuments documents) {}

  private final IndexSearcher searcher;
  private final Tools tools;
  private final Query accepted;
  private final DocValuesReader values;
  private final Map<String, Integer> docs = new HashMap<>();

  /**
   * @param accepted the filter as a query ({@link EstateFields#filter})
   */
  LuceneSearchLegs(IndexSearcher searcher, Tools tools, Query accepted) {
    this.searcher = searcher;
    this.tools = tools;
    this.accepted = accepted;
    this.values = new DocValuesReader(searcher);
  }

  @Override
  public long count() {
    try {
      return searcher.count(accepted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> exact(Set<String> candidates, int limit) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String candidate : candidates) {
      for (String field : List.of(EstateFields.ID, EstateFields.ARN, EstateFields.NAME)) {
        query.add(new TermQuery(new Term(field, candidate)), BooleanClause.Occur.SHOULD);
      }
    }
    return keys(filtered(query.build()), limit);
  }

  @Override
  public List<String> prefix(String stem, int limit) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new PrefixQuery(new Term(EstateFields.ID, stem)), BooleanClause.Occur.SHOULD);
    query.add(new PrefixQuery(new Term(EstateFields.ARN, stem)), BooleanClause.Occur.SHOULD);
    return keys(filtered(query.build()), limit);
  }

  @Override
  public List<String> lexical(String text, int depth) {
    Optional<Query> query = Analyzers.anyTerm(tools.analyzer(), EstateFields.TEXT, text);
    return query.isPresent() ? keys(filtered(query.get()), depth) : List.of();
  }

  @Override
  public List<String> semantic(String query, int depth) {
    if (!tools.embedder().semantic()) {
      return List.of(); // no model: exact and keyword search only
    }
    float[] vector = UnitVectors.of(tools.embedder().embed(query));
    Query knnFilter = accepted instanceof MatchAllDocsQuery ? null : accepted;
    return keys(new KnnFloatVectorQuery(EstateFields.VECTOR, vector, depth, knnFilter), depth);
  }

  @Override
  public Map<String, AwsResource> clear(List<String> keys) {
    Map<String, AwsResource> out = new LinkedHashMap<>();
    try {
      for (String key : keys) {
        out.put(key, tools.documents().readClear(searcher, docs.get(key)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public Map<String, AwsResource> resources(List<String> keys) {
    int[] hits = keys.stream().mapToInt(docs::get).toArray();
    Map<String, AwsResource> out = new LinkedHashMap<>();
    try {
      tools.documents().readAll(searcher, values, hits).forEach(r -> out.put(r.key(), r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private Query filtered(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(accepted, BooleanClause.Occur.FILTER)
        .build();
  }

  /** The keys of the top hits, best first (read from doc values); records each key's doc. */
  private List<String> keys(Query query, int n) {
    try {
      ScoreDoc[] hits = searcher.search(query, n).scoreDocs;
      String[] keys = new String[hits.length];
      int[] hitDocs = new int[hits.length];
      for (int i = 0; i < hits.length; i++) {
        hitDocs[i] = hits[i].doc;
      }
      for (int i : ResourceDocuments.inDocOrder(hitDocs)) {
        keys[i] = values.string(EstateFields.KEY_SORT, hitDocs[i]);
        docs.put(keys[i], hitDocs[i]);
      }
      return List.of(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
