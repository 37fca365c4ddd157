package io.cloudops.store.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads column values (doc values and vectors) of one searcher's documents by their global doc id,
 * without touching stored fields. Lucene's iterators only move forward, so one is kept per leaf and
 * field and re-created when a lower doc is asked for: reading in ascending doc order is cheapest.
 * Not thread-safe; use one per read.
 */
final class DocValuesReader {

  private final List<LeafReaderContext> leaves;
  private final Map<String, DocIdSetIterator> iterators = new HashMap<>();

  DocValuesReader(IndexSearcher searcher) {
    this.leaves = searcher.getIndexReader().leaves();
  }

  /**
   * The value of a single-valued sorted (string) doc-values field, or null when the doc has none.
   */
  String string(String field, int doc) throws IOException {
    LeafReaderContext leaf = leaf(doc);
    SortedDocValues values =
        (SortedDocValues) positioned(leaf, field, doc, r -> r.getSortedDocValues(field));
    return values == null ? null : values.lookupOrd(values.ordValue()).utf8ToString();
  }

  /** The value of a numeric doc-values field, when the doc has one. */
  OptionalLong number(String field, int doc) throws IOException {
    LeafReaderContext leaf = leaf(doc);
    NumericDocValues values =
        (NumericDocValues) positioned(leaf, field, doc, r -> r.getNumericDocValues(field));
    return values == null ? OptionalLong.empty() : OptionalLong.of(values.longValue());
  }

  /** The indexed vector of a doc (a copy), or null when it has none. */
  float[] vector(String field, int doc) throws IOException {
    LeafReaderContext leaf = leaf(doc);
    FloatVectorValues values =
        (FloatVectorValues) positioned(leaf, field, doc, r -> r.getFloatVectorValues(field));
    return values == null ? null : values.vectorValue().clone();
  }

  private LeafReaderContext leaf(int doc) {
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }

  /** The leaf's iterator for the field, moved onto the doc; null when the doc has no value. */
  private DocIdSetIterator positioned(
      LeafReaderContext leaf, String field, int doc, IteratorSource source) throws IOException {
    int target = doc - leaf.docBase;
    String cacheKey = leaf.ord + "/" + field;
    DocIdSetIterator iterator = iterators.get(cacheKey);
    if (iterator == null || iterator.docID() > target) {
      iterator = source.open(leaf.reader());
      if (iterator == null) {
        return null;
      }
      iterators.put(cacheKey, iterator);
    }
    int at = iterator.docID() < target ? iterator.advance(target) : iterator.docID();
    return at == target ? iterator : null;
  }

  @FunctionalInterface
  private interface IteratorSource {
    DocIdSetIterator open(LeafReader reader) throws IOException;
  }
}
