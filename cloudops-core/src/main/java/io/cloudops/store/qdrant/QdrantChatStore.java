package io.cloudops.store.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ValueFactory.value;

import io.cloudops.crypto.RecordCipher;
import io.cloudops.model.Conversation;
import io.cloudops.model.Message;
import io.cloudops.model.Role;
import io.cloudops.store.ChatStore;
import io.cloudops.store.embed.Embedder;
import io.qdrant.client.QueryFactory;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.UpsertPoints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Conversations in one Qdrant collection, a point per message ({@code <context id>#<sequence>}).
 * The content is sealed (AES-GCM, associated data = the message id) and never stored in the clear;
 * conversation search is semantic, over a vector of each message.
 */
final class QdrantChatStore implements ChatStore {

  static final String CONTEXT = "context_id";
  static final String MESSAGE_ID = "message_id";
  static final String SEQUENCE = "seq";
  static final String TIMESTAMP = "ts";
  static final String ROLE = "role";
  static final String SEALED_CONTENT = "sealed_content";

  /** The keyword-indexed fields. */
  static final List<String> INDEXED = List.of(CONTEXT, MESSAGE_ID);

  private static final int TITLE_LENGTH = 80;
  private static final int CANDIDATES = 100;

  private final QdrantConnection qdrant;
  private final String collection;
  private final Embedder embedder;
  private final RecordCipher cipher;

  QdrantChatStore(
      QdrantConnection qdrant, String collection, Embedder embedder, RecordCipher cipher) {
    this.qdrant = qdrant;
    this.collection = collection;
    this.embedder = embedder;
    this.cipher = cipher;
  }

  @Override
  public synchronized void append(String contextId, Message message) {
    Objects.requireNonNull(contextId, "contextId");
    Objects.requireNonNull(message, "message");
    long sequence =
        qdrant.call(
            qdrant.client().countAsync(collection, inContext(contextId), true, qdrant.timeout()),
            "counting messages");
    String id = contextId + "#" + sequence;
    Map<String, Value> payload = new HashMap<>();
    payload.put(CONTEXT, value(contextId));
    payload.put(MESSAGE_ID, value(id));
    payload.put(SEQUENCE, value(sequence));
    payload.put(TIMESTAMP, value(message.timestamp().toEpochMilli()));
    payload.put(ROLE, value(message.role().name()));
    payload.put(SEALED_CONTENT, value(cipher.encryptText(message.content(), id)));
    PointStruct point =
        PointStruct.newBuilder()
            .setId(PointIds.of(id))
            .setVectors(Vectors.dense(embedder.embed(message.content())))
            .putAllPayload(payload)
            .build();
    qdrant.call(
        qdrant
            .client()
            .upsertAsync(
                UpsertPoints.newBuilder()
                    .setCollectionName(collection)
                    .addPoints(point)
                    .setWait(true)
                    .build(),
                qdrant.timeout()),
        "storing a message");
  }

  private static Filter inContext(String contextId) {
    return Filter.newBuilder().addMust(matchKeyword(CONTEXT, contextId)).build();
  }

  /** The payloads of the messages passing the filter, by context and sequence. */
  private List<Map<String, Value>> messages(Filter filter) {
    List<Map<String, Value>> all =
        new ArrayList<>(new Scroller(qdrant, collection).payloads(filter, false));
    all.sort(
        Comparator.comparing((Map<String, Value> p) -> p.get(CONTEXT).getStringValue())
            .thenComparingLong(p -> p.get(SEQUENCE).getIntegerValue()));
    return all;
  }

  private Message message(Map<String, Value> payload) {
    String id = payload.get(MESSAGE_ID).getStringValue();
    return new Message(
        Role.valueOf(payload.get(ROLE).getStringValue()),
        cipher.decryptText(payload.get(SEALED_CONTENT).getStringValue(), id),
        timestamp(payload));
  }

  private static Instant timestamp(Map<String, Value> payload) {
    return Instant.ofEpochMilli(payload.get(TIMESTAMP).getIntegerValue());
  }

  @Override
  public List<Message> history(String contextId, int limit) {
    List<Map<String, Value>> all = messages(inContext(contextId));
    int from = Math.max(0, all.size() - Math.max(0, limit));
    return all.subList(from, all.size()).stream().map(this::message).toList();
  }

  @Override
  public Optional<Conversation> conversation(String contextId) {
    List<Map<String, Value>> all = messages(inContext(contextId));
    return all.isEmpty() ? Optional.empty() : Optional.of(summary(contextId, all));
  }

  private Conversation summary(String contextId, List<Map<String, Value>> all) {
    Map<String, Value> first = all.get(0);
    Map<String, Value> titled =
        all.stream()
            .filter(p -> Role.USER.name().equals(p.get(ROLE).getStringValue()))
            .findFirst()
            .orElse(first);
    String title = message(titled).content().strip().replaceAll("\\s+", " ");
    if (title.length() > TITLE_LENGTH) {
      title = title.substring(0, TITLE_LENGTH - 1) + "\u2026";
    }
    return new Conversation(
        contextId, title, all.size(), timestamp(first), timestamp(all.get(all.size() - 1)));
  }

  @Override
  public List<Conversation> conversations() {
    Map<String, List<Map<String, Value>>> byContext = new LinkedHashMap<>();
    for (Map<String, Value> payload : messages(Filter.getDefaultInstance())) {
      byContext
          .computeIfAbsent(payload.get(CONTEXT).getStringValue(), k -> new ArrayList<>())
          .add(payload);
    }
    List<Conversation> all = new ArrayList<>();
    byContext.forEach((id, messages) -> all.add(summary(id, messages)));
    all.sort(Conversation.MOST_RECENT_FIRST);
    return all;
  }

  @Override
  public List<Conversation> searchConversations(String query, int limit) {
    String text = query == null ? "" : query.strip();
    if (text.isEmpty() || limit < 1) {
      return List.of();
    }
    List<String> contexts = new ArrayList<>();
    long exact =
        qdrant.call(
            qdrant.client().countAsync(collection, inContext(text), true, qdrant.timeout()),
            "counting messages");
    if (exact > 0) {
      contexts.add(text);
    }
    QueryPoints knn =
        QueryPoints.newBuilder()
            .setCollectionName(collection)
            .setQuery(QueryFactory.nearest(embedder.embed(text)))
            .setLimit(CANDIDATES)
            .setWithPayload(WithPayloadSelectorFactory.include(List.of(CONTEXT)))
            .build();
    for (ScoredPoint point :
        qdrant.call(qdrant.client().queryAsync(knn, qdrant.timeout()), "searching messages")) {
      String id = point.getPayloadMap().get(CONTEXT).getStringValue();
      if (!contexts.contains(id)) {
        contexts.add(id);
      }
    }
    return contexts.stream()
        .limit(limit)
        .map(this::conversation)
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public synchronized boolean delete(String contextId) {
    long present =
        qdrant.call(
            qdrant.client().countAsync(collection, inContext(contextId), true, qdrant.timeout()),
            "counting messages");
    if (present == 0) {
      return false;
    }
    qdrant.call(
        qdrant.client().deleteAsync(collection, inContext(contextId), qdrant.timeout()),
        "deleting a conversation");
    return true;
  }

  @Override
  public void close() {
    // the connection belongs to QdrantStores
  }
}
