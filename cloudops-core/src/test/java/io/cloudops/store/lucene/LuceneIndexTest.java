package io.cloudops.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {

  @TempDir Path dir;

  @Test
  void read_onAReadOnlyIndex_seesEachCommitOfAWriterOpenedBesideIt() throws IOException {
    try (LuceneIndex writing = LuceneIndex.open(dir, Analyzers.estate(), true)) {
      add(writing, "a");
      try (LuceneIndex reading = LuceneIndex.open(dir, Analyzers.estate(), false)) {
        assertThat(count(reading)).isEqualTo(1);

        add(writing, "b");
        assertThat(count(reading)).isEqualTo(2);

        add(writing, "c");
        assertThat(count(reading)).isEqualTo(3);
        assertThat(count(reading)).isEqualTo(3);
      }
    }
  }

  @Test
  void read_onAReadOnlyIndexOpenedBeforeTheFirstCommit_seesThatCommit() throws IOException {
    try (LuceneIndex writing = LuceneIndex.open(dir, Analyzers.estate(), true);
        LuceneIndex reading = LuceneIndex.open(dir, Analyzers.estate(), false)) {
      assertThat(count(reading)).isZero();

      add(writing, "a");

      assertThat(count(reading)).isEqualTo(1);
    }
  }

  private static void add(LuceneIndex index, String key) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(EstateFields.KEY, key, Field.Store.YES));
    index.writer().addDocument(doc);
    index.commit(Map.of());
  }

  private static int count(LuceneIndex index) {
    return index.read(searcher -> searcher.count(new MatchAllDocsQuery()));
  }
}
