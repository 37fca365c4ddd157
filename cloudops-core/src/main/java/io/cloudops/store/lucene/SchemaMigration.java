package io.cloudops.store.lucene;

import io.cloudops.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Rewrites an index of an older schema in the current layout, in one commit: the last commit is
 * read while the writer drops every document (which also drops the old field definitions, e.g. the
 * cosine vector of schema 1) and re-adds each live one converted, a batch at a time. Nothing is
 * visible or durable before the commit, so a crash mid-way leaves the old layout, and the next
 * writer migrates again. What a conversion does is the index's business ({@link Converter}): the
 * estate re-embeds (schema 3 changed the text the vectors are made of), the chat reuses its
 * vectors.
 */
final class SchemaMigration {

  /** Where schema 1 kept a copy of each vector (estate and chat alike). */
  static final String V1_VECTOR_COPY = "vector_copy";

  /** Documents converted together: one embedding batch of the estate. */
  static final int BATCH = 256;

  /** Turns live documents of an older schema into current ones. */
  @FunctionalInterface
  interface Converter {

    /**
     * @param fromVersion the schema of the index being migrated
     * @param docs live docs of the searcher, ascending (so {@code values} only moves forward)
     */
    List<Document> convert(
        int fromVersion, IndexSearcher searcher, DocValuesReader values, int[] docs)
        throws IOException;
  }

  private SchemaMigration() {}

  /** The stored vector copy of a schema-1 document (little-endian floats), at unit length. */
  static float[] v1Vector(Document v1) {
    BytesRef bytes = v1.getBinaryValue(V1_VECTOR_COPY);
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length)
        .order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer()
        .get(vector);
    return UnitVectors.of(vector);
  }

  /**
   * Migrates when the index is older than the current schema, or was written without a model while
   * this store has one (the converters then embed what lacks a vector).
   *
   * @return how many documents were migrated; 0 when the index was current or empty
   */
  static int migrate(LuceneIndex index, Map<String, String> commitData, Converter converter) {
    Map<String, String> userData = index.userData();
    if (userData.isEmpty()) {
      return 0;
    }
    int version = StoreMetadata.schemaVersion(index.path(), userData);
    if (version == StoreMetadata.CURRENT_SCHEMA
        && !StoreMetadata.lacksVectors(userData, commitData)) {
      return 0;
    }
    IndexWriter writer = index.writer();
    int migrated = 0;
    try (DirectoryReader last = DirectoryReader.open(writer.getDirectory())) {
      IndexSearcher searcher = new IndexSearcher(last);
      DocValuesReader values = new DocValuesReader(searcher);
      int[] live = liveDocs(last);
      writer.deleteAll();
      for (int from = 0; from < live.length; from += BATCH) {
        int[] batch = Arrays.copyOfRange(live, from, Math.min(live.length, from + BATCH));
        writer.addDocuments(converter.convert(version, searcher, values, batch));
        migrated += batch.length;
      }
    } catch (IOException | RuntimeException e) {
      try {
        writer.rollback();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException(
          "Cannot migrate the store index at "
              + index.path()
              + " to schema "
              + StoreMetadata.CURRENT_SCHEMA
              + " ("
              + e
              + "); nothing was changed. Restore it from a backup, or move it away and scan again",
          e);
    }
    index.commit(commitData);
    return migrated;
  }

  private static int[] liveDocs(DirectoryReader reader) {
    List<Integer> docs = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          docs.add(leaf.docBase + doc);
        }
      }
    }
    return docs.stream().mapToInt(Integer::intValue).toArray();
  }
}
