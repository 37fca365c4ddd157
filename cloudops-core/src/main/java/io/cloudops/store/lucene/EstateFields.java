package io.cloudops.store.lucene;

import io.cloudops.model.ResourceFilter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The fields of a resource document, and filters over them. */
final class EstateFields {

  /** The key ({@code AwsResource.key()}): the unit of update and delete. Stored. */
  static final String KEY = "key";

  static final String KEY_SORT = "key_sort";

  /** Lower-cased id, ARN and name, for exact and prefix matches. */
  static final String ID = "id_x";

  static final String ARN = "arn_x";
  static final String NAME = "name_x";

  static final String TYPE = "type";
  static final String ACCOUNT = "account";
  static final String REGION = "region";
  static final String STATE = "state";

  /** {@code key=value} per tag, and the tag keys alone. */
  static final String TAG = "tag";

  static final String TAG_KEY = "tag_key";

  /** BM25 text (not stored). */
  static final String TEXT = "text";

  /**
   * HNSW vector of the semantic text: unit length, dot-product similarity (schema 1: cosine). Read
   * back from the index when an unchanged resource is rewritten.
   */
  static final String VECTOR = "vector";

  /**
   * When a scan last saw the resource, in epoch nanoseconds: an updatable numeric doc-values field,
   * so an unchanged resource costs one in-place update instead of a re-index (schema 2).
   */
  static final String LAST_SCANNED = "last_scanned";

  static final String CONTENT_HASH = "content_hash";

  /** The clear part of the resource as JSON (everything but properties). */
  static final String CLEAR = "clear";

  /** The properties as JSON, encrypted with the record key as associated data. */
  static final String SEALED_PROPERTIES = "sealed_properties";

  private EstateFields() {}

  static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  static String tag(String key, String value) {
    return key + "=" + value;
  }

  /** A query that accepts exactly the resources the filter accepts. */
  static Query filter(ResourceFilter filter) {
    if (filter.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    oneOf(query, ACCOUNT, filter.accountIds());
    oneOf(query, REGION, filter.regions());
    oneOf(query, TYPE, filter.resourceTypes());
    oneOf(query, STATE, filter.states());
    for (Map.Entry<String, String> tag : filter.tags().entrySet()) {
      query.add(
          new TermQuery(new Term(TAG, tag(tag.getKey(), tag.getValue()))),
          BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  private static void oneOf(BooleanQuery.Builder query, String field, Set<String> values) {
    if (!values.isEmpty()) {
      query.add(
          new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()),
          BooleanClause.Occur.FILTER);
    }
  }
}
