package io.cloudops.store.lucene;

import io.cloudops.crypto.RecordCipher;
import io.cloudops.model.Conversation;
import io.cloudops.model.Message;
import io.cloudops.model.Role;
import io.cloudops.store.ChatStore;
import io.cloudops.store.embed.Embedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;

/**
 * Conversations in a Lucene index, one document per message. The content is sealed (AES-GCM,
 * associated data {@code <context id>#<sequence>}) and never indexed as text; conversation search
 * is semantic, over a vector of each message (without a model, by conversation id only).
 */
final class LuceneChatStore implements ChatStore {

  private static final String CONTEXT = "context_id";
  private static final String MESSAGE_ID = "message_id";
  private static final String SEQUENCE = "seq";
  private static final String TIMESTAMP = "ts";
  private static final String ROLE = "role";
  private static final String SEALED_CONTENT = "sealed_content";
  private static final String VECTOR = "vector";
  private static final int TITLE_LENGTH = 80;
  private static final int CANDIDATES = 100;

  private final LuceneIndex index;
  private final Embedder embedder;
  private final RecordCipher cipher;
  private final Map<String, String> commitData;

  LuceneChatStore(
      LuceneIndex index, Embedder embedder, RecordCipher cipher, Map<String, String> commitData) {
    this.index = index;
    this.embedder = embedder;
    this.cipher = cipher;
    this.commitData = Map.copyOf(commitData);
  }

  @Override
  public synchronized void append(String contextId, Message message) {
    Objects.requireNonNull(contextId, "contextId");
    Objects.requireNonNull(message, "message");
    IndexWriter writer = index.writer();
    long sequence = index.read(s -> (long) s.count(new TermQuery(new Term(CONTEXT, contextId))));
    float[] vector = vector(message.content());
    try {
      writer.addDocument(document(contextId, sequence, message, vector));
    } catch (IOException e) {
      throw LuceneIndex.damaged(index.path(), e);
    }
    index.commit(commitData);
  }

  /** A message document (schema 2: dot-product vector, no stored vector copy). */
  Document document(String contextId, long sequence, Message message, float[] vector) {
    String id = contextId + "#" + sequence;
    Document doc = new Document();
    doc.add(new StringField(CONTEXT, contextId, Field.Store.YES));
    doc.add(new StringField(MESSAGE_ID, id, Field.Store.YES));
    doc.add(new NumericDocValuesField(SEQUENCE, sequence));
    doc.add(new StoredField(SEQUENCE, sequence));
    doc.add(new StoredField(TIMESTAMP, message.timestamp().toEpochMilli()));
    doc.add(new StoredField(ROLE, message.role().name()));
    if (vector != null) {
      doc.add(new KnnFloatVectorField(VECTOR, vector, ResourceDocuments.SIMILARITY));
    }
    doc.add(
        new StoredField(
            SEALED_CONTENT,
            cipher.encrypt(
                message.content().getBytes(StandardCharsets.UTF_8),
                id.getBytes(StandardCharsets.UTF_8))));
    return doc;
  }

  Message message(Document doc) {
    String id = doc.get(MESSAGE_ID);
    byte[] sealed =
        org.apache.lucene.util.BytesRef.deepCopyOf(doc.getBinaryValue(SEALED_CONTENT)).bytes;
    String content =
        new String(
            cipher.decrypt(sealed, id.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    return new Message(
        Role.valueOf(doc.get(ROLE)),
        content,
        Instant.ofEpochMilli(doc.getField(TIMESTAMP).numericValue().longValue()));
  }

  @Override
  public List<Message> history(String contextId, int limit) {
    List<Document> docs = index.read(s -> messages(s, new TermQuery(new Term(CONTEXT, contextId))));
    int from = Math.max(0, docs.size() - Math.max(0, limit));
    return docs.subList(from, docs.size()).stream().map(this::message).toList();
  }

  /** Every message matching the query, by context and sequence. */
  private static List<Document> messages(IndexSearcher searcher, Query query) throws IOException {
    int total = searcher.count(query);
    if (total == 0) {
      return List.of();
    }
    List<Document> docs = new ArrayList<>(total);
    Sort bySequence = new Sort(new SortField(SEQUENCE, SortField.Type.LONG));
    for (ScoreDoc hit : searcher.search(query, total, bySequence).scoreDocs) {
      docs.add(searcher.storedFields().document(hit.doc));
    }
    return docs;
  }

  @Override
  public Optional<Conversation> conversation(String contextId) {
    List<Document> docs = index.read(s -> messages(s, new TermQuery(new Term(CONTEXT, contextId))));
    return docs.isEmpty() ? Optional.empty() : Optional.of(summary(contextId, docs));
  }

  private Conversation summary(String contextId, List<Document> docs) {
    Document first = docs.get(0);
    Document titleDoc =
        docs.stream().filter(d -> Role.USER.name().equals(d.get(ROLE))).findFirst().orElse(first);
    String title = message(titleDoc).content().strip().replaceAll("\\s+", " ");
    if (title.length() > TITLE_LENGTH) {
      title = title.substring(0, TITLE_LENGTH - 1) + "\u2026";
    }
    return new Conversation(
        contextId, title, docs.size(), timestamp(first), timestamp(docs.get(docs.size() - 1)));
  }

  private static Instant timestamp(Document doc) {
    return Instant.ofEpochMilli(doc.getField(TIMESTAMP).numericValue().longValue());
  }

  @Override
  public List<Conversation> conversations() {
    Map<String, List<Document>> byContext = new LinkedHashMap<>();
    for (Document doc : index.read(s -> messages(s, new MatchAllDocsQuery()))) {
      byContext.computeIfAbsent(doc.get(CONTEXT), k -> new ArrayList<>()).add(doc);
    }
    List<Conversation> all = new ArrayList<>();
    byContext.forEach((id, docs) -> all.add(summary(id, docs)));
    all.sort(Conversation.MOST_RECENT_FIRST);
    return all;
  }

  @Override
  public List<Conversation> searchConversations(String query, int limit) {
    String text = query == null ? "" : query.strip();
    if (text.isEmpty() || limit < 1) {
      return List.of();
    }
    float[] vector = vector(text);
    List<String> contexts =
        index.read(
            searcher -> {
              List<String> ids = new ArrayList<>();
              if (searcher.count(new TermQuery(new Term(CONTEXT, text))) > 0) {
                ids.add(text);
              }
              if (vector == null) {
                return ids; // no model: a conversation is found by its id only
              }
              for (ScoreDoc hit :
                  searcher.search(new KnnFloatVectorQuery(VECTOR, vector, CANDIDATES), CANDIDATES)
                      .scoreDocs) {
                String id = searcher.storedFields().document(hit.doc, Set.of(CONTEXT)).get(CONTEXT);
                if (!ids.contains(id)) {
                  ids.add(id);
                }
              }
              return ids;
            });
    return contexts.stream()
        .limit(limit)
        .map(this::conversation)
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public synchronized boolean delete(String contextId) {
    IndexWriter writer = index.writer();
    Term term = new Term(CONTEXT, contextId);
    int present = index.read(s -> s.count(new TermQuery(term)));
    if (present == 0) {
      return false;
    }
    try {
      writer.deleteDocuments(term);
    } catch (IOException e) {
      throw LuceneIndex.damaged(index.path(), e);
    }
    index.commit(commitData);
    return true;
  }

  /** Re-seals every message under the cipher's current key, in one commit. */
  synchronized int reseal(Map<String, String> newCommitData) {
    IndexWriter writer = index.writer();
    List<Document> resealed =
        index.read(
            searcher -> {
              DocValuesReader values = new DocValuesReader(searcher);
              List<Document> docs = new ArrayList<>();
              for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int local = 0; local < leaf.reader().maxDoc(); local++) {
                  if (live == null || live.get(local)) {
                    int doc = leaf.docBase + local;
                    docs.add(rewritten(searcher, values, doc, StoreMetadata.CURRENT_SCHEMA));
                  }
                }
              }
              return docs;
            });
    try {
      for (Document doc : resealed) {
        writer.updateDocument(new Term(MESSAGE_ID, doc.get(MESSAGE_ID)), doc);
      }
    } catch (IOException e) {
      throw LuceneIndex.damaged(index.path(), e);
    }
    index.commit(newCommitData);
    return resealed.size();
  }

  /**
   * Message documents of an older schema in the current layout, with their vectors (the text of a
   * message has not changed since schema 1, which kept a stored copy of each vector).
   */
  List<Document> migrated(
      int fromVersion, IndexSearcher searcher, DocValuesReader values, int[] docs)
      throws IOException {
    List<Document> out = new ArrayList<>(docs.length);
    for (int doc : docs) {
      out.add(rewritten(searcher, values, doc, fromVersion));
    }
    return out;
  }

  /**
   * A message document written anew (current cipher key and layout), keeping its vector: from the
   * stored copy of schema 1, from the index since schema 2.
   */
  private Document rewritten(IndexSearcher searcher, DocValuesReader values, int doc, int schema)
      throws IOException {
    Document stored = searcher.storedFields().document(doc);
    float[] vector = schema == 1 ? SchemaMigration.v1Vector(stored) : values.vector(VECTOR, doc);
    Message message = message(stored);
    if (vector == null) {
      vector = vector(message.content()); // written without a model
    }
    return document(
        stored.get(CONTEXT), stored.getField(SEQUENCE).numericValue().longValue(), message, vector);
  }

  /** The unit vector of a text, or null when the store has no model. */
  private float[] vector(String text) {
    return embedder.semantic() ? UnitVectors.of(embedder.embed(text)) : null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    index.close();
  }
}
