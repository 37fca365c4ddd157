package io.cloudops.store.lucene;

import io.cloudops.store.StoreException;
import java.io.IOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Rewrites an index of an older schema in the current layout, in one commit: the last commit is
 * read while the writer drops every document (which also drops the old field definitions, e.g. the
 * cosine vector of schema 1) and re-adds each live one converted. Nothing is visible or durable
 * before the commit, so a crash mid-way leaves the old layout, and the next writer migrates again.
 * No re-embedding: schema 1 kept a copy of every vector.
 */
final class SchemaMigration {

  private SchemaMigration() {}

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
