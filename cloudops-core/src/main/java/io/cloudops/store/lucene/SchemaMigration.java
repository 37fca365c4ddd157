package io.cloudops.store.lucene;

import io.cloudops.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Rewrites an index of an older schema in the current layout, in one commit: the last commit is
 * read while the writer drops every document (which also drops the old field definitions, e.g. the
 * cosine vector of schema 1) and re-adds each live one converted. Nothing is visible or durable
 * before the commit, so a crash mid-way leaves the old layout, and the next writer migrates again.
 * No re-embedding: schema 1 kept a copy of every vector.
 */
final class SchemaMigration {

  /** Where schema 1 kept a copy of each vector (estate and chat alike). */
  static final String V1_VECTOR_COPY = "vector_copy";

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
   * Migrates when the index is older than the current schema.
   *
   * @param fromV1 turns a schema-1 document (all its stored fields) into a current one
   * @return how many documents were migrated; 0 when the index was current or empty
   */
  static int migrate(
      LuceneIndex index, Map<String, String> commitData, UnaryOperator<Document> fromV1) {
    Map<String, String> userData = index.userData();
    if (userData.isEmpty()
        || StoreMetadata.schemaVersion(index.path(), userData) == StoreMetadata.CURRENT_SCHEMA) {
      return 0;
    }
    IndexWriter writer = index.writer();
    int migrated = 0;
    try (DirectoryReader last = DirectoryReader.open(writer.getDirectory())) {
      writer.deleteAll();
      for (LeafReaderContext leaf : last.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            writer.addDocument(fromV1.apply(stored.document(doc)));
            migrated++;
          }
        }
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
}
