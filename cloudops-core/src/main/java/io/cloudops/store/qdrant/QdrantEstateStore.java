package io.cloudops.store.qdrant;

import static io.qdrant.client.ConditionFactory.hasId;
import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ConditionFactory.matchKeywords;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.QueryUnderstanding;
import io.cloudops.store.RankFusion;
import io.cloudops.store.ResourceText;
import io.cloudops.store.SearchHit;
import io.cloudops.store.UpsertSummary;
import io.cloudops.store.embed.Embedder;
import io.qdrant.client.QueryFactory;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.UpsertPoints;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The estate in one Qdrant collection: a point per resource (id from the resource key), a cosine
 * vector and a payload of keyword-indexed fields plus the sealed properties. Search fuses exact and
 * prefix matches (through the keyword indexes) with the vector ranking, as the embedded store does.
 */
final class QdrantEstateStore implements EstateStore {

  /** How deep the semantic list goes before fusion. */
  static final int CANDIDATES = 50;

  /**
   * Points per upsert or retrieve call: keeps every message well under gRPC's 4 MiB default (a
   * point is about 2 KiB of vector plus its payload).
   */
  static final int BATCH = 128;

  private final QdrantConnection qdrant;
  private final String collection;
  private final Embedder embedder;
  private final EstatePayload payloads;
  private final RankFusion fusion = new RankFusion(RankFusion.DEFAULT_K);

  QdrantEstateStore(
      QdrantConnection qdrant, String collection, Embedder embedder, EstatePayload payloads) {
    this.qdrant = qdrant;
    this.collection = collection;
    this.embedder = embedder;
    this.payloads = payloads;
  }

  @Override
  public void upsert(AwsResource resource) {
    bulkUpsert(List.of(resource));
  }

  @Override
  public UpsertSummary bulkUpsert(Iterable<AwsResource> resources) {
    Map<String, AwsResource> batch = new LinkedHashMap<>();
    for (AwsResource resource : resources) {
      batch.put(Objects.requireNonNull(resource, "resource").key(), resource);
    }
    if (batch.isEmpty()) {
      return UpsertSummary.EMPTY;
    }
    Map<String, RetrievedPoint> stored = new HashMap<>();
    for (RetrievedPoint point : retrieve(batch.keySet(), true)) {
      stored.put(point.getPayloadMap().get(EstatePayload.KEY).getStringValue(), point);
    }
    List<AwsResource> toEmbed = new ArrayList<>();
    Map<String, float[]> reused = new HashMap<>();
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    for (AwsResource resource : batch.values()) {
      RetrievedPoint old = stored.get(resource.key());
      if (old == null) {
        added++;
        toEmbed.add(resource);
      } else if (!resource
          .contentHash()
          .equals(old.getPayloadMap().get(EstatePayload.CONTENT_HASH).getStringValue())) {
        changed++;
        toEmbed.add(resource);
      } else {
        unchanged++;
        Optional<float[]> vector = Vectors.of(old);
        if (vector.isPresent()) {
          reused.put(resource.key(), vector.get());
        } else {
          toEmbed.add(resource);
        }
      }
    }
    reused.putAll(embed(toEmbed));
    upsertPoints(batch.values(), reused);
    return new UpsertSummary(added, changed, unchanged);
  }

  /**
   * Embeds every resource of the collection again from its current text, a batch at a time (the
   * migration to collection schema 2, whose text changed).
   *
   * @return how many resources were re-embedded
   */
  int reembedAll() {
    List<AwsResource> all = scroll(Filter.getDefaultInstance());
    for (int from = 0; from < all.size(); from += BATCH) {
      List<AwsResource> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      upsertPoints(batch, embed(batch));
    }
    return all.size();
  }

  private Map<String, float[]> embed(List<AwsResource> resources) {
    List<float[]> vectors =
        embedder.embedAll(resources.stream().map(ResourceText::semantic).toList());
    Map<String, float[]> byKey = new HashMap<>();
    for (int i = 0; i < resources.size(); i++) {
      byKey.put(resources.get(i).key(), vectors.get(i));
    }
    return byKey;
  }

  private void upsertPoints(Collection<AwsResource> resources, Map<String, float[]> vectors) {
    List<PointStruct> points = new ArrayList<>(resources.size());
    for (AwsResource resource : resources) {
      points.add(
          PointStruct.newBuilder()
              .setId(PointIds.of(resource.key()))
              .setVectors(Vectors.dense(vectors.get(resource.key())))
              .putAllPayload(payloads.toPayload(resource))
              .build());
    }
    for (int from = 0; from < points.size(); from += BATCH) {
      UpsertPoints upsert =
          UpsertPoints.newBuilder()
              .setCollectionName(collection)
              .addAllPoints(points.subList(from, Math.min(points.size(), from + BATCH)))
              .setWait(true)
              .build();
      qdrant.call(qdrant.client().upsertAsync(upsert, qdrant.timeout()), "upserting resources");
    }
  }

  private List<RetrievedPoint> retrieve(Collection<String> keys, boolean withVectors) {
    List<PointId> ids = keys.stream().map(PointIds::of).toList();
    List<RetrievedPoint> points = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += BATCH) {
      points.addAll(
          qdrant.call(
              qdrant
                  .client()
                  .retrieveAsync(
                      collection,
                      ids.subList(from, Math.min(ids.size(), from + BATCH)),
                      WithPayloadSelectorFactory.enable(true),
                      WithVectorsSelectorFactory.enable(withVectors),
                      null,
                      qdrant.timeout()),
              "reading resources"));
    }
    return points;
  }

  @Override
  public List<SearchHit> search(String query, ResourceFilter filter, int limit) {
    String text = query == null ? "" : query.strip();
    if (text.isEmpty() || limit < 1) {
      return List.of();
    }
    Filter accepted = QdrantFilters.of(filter);
    if (count(accepted) == 0) {
      return List.of(); // nothing to find: skip loading the model for the query
    }
    List<String> exact = keys(QdrantFilters.anyOf(accepted, exactConditions(text)), limit);
    List<String> prefix =
        looksLikeIdentifier(text)
            ? keys(
                QdrantFilters.anyOf(
                    accepted,
                    List.of(
                        matchKeyword(
                            EstatePayload.PREFIXES, EstatePayload.lower(stripEllipsis(text))))),
                limit)
            : List.of();
    Map<String, AwsResource> found = new HashMap<>();
    List<String> semantic = new ArrayList<>();
    QueryPoints knn =
        QueryPoints.newBuilder()
            .setCollectionName(collection)
            .setQuery(QueryFactory.nearest(embedder.embed(text)))
            .setFilter(accepted)
            .setLimit(CANDIDATES)
            .setWithPayload(WithPayloadSelectorFactory.enable(true))
            .build();
    for (ScoredPoint point :
        qdrant.call(qdrant.client().queryAsync(knn, qdrant.timeout()), "searching resources")) {
      AwsResource resource = payloads.fromPayload(point.getPayloadMap());
      found.put(resource.key(), resource);
      semantic.add(resource.key());
    }
    QueryUnderstanding understood = QueryUnderstanding.of(text);
    List<RankFusion.Ranked> fused =
        understood.window(
            fusion.fuse(exact, prefix, List.of(semantic), Integer.MAX_VALUE),
            List.of(semantic),
            limit);
    List<String> missing =
        fused.stream().map(RankFusion.Ranked::key).filter(k -> !found.containsKey(k)).toList();
    if (!missing.isEmpty()) {
      for (RetrievedPoint point : retrieve(missing, false)) {
        AwsResource resource = payloads.fromPayload(point.getPayloadMap());
        found.put(resource.key(), resource);
      }
    }
    List<SearchHit> hits = new ArrayList<>();
    for (RankFusion.Ranked r : understood.rerank(fused, found::get, limit)) {
      AwsResource resource = found.get(r.key());
      if (resource != null) {
        hits.add(new SearchHit(resource, r.score(), r.match()));
      }
    }
    return hits;
  }

  /** The whole query, and each of its words, against the exact id, ARN and name fields. */
  private static List<Condition> exactConditions(String text) {
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(EstatePayload.lower(text));
    for (String word : text.split("\\s+")) {
      String trimmed = word.replaceAll("^[\"'(<\\[]+|[\"'?!,;.)>\\]]+$", "");
      if (!trimmed.isEmpty()) {
        candidates.add(EstatePayload.lower(trimmed));
      }
    }
    List<String> values = List.copyOf(candidates);
    return List.of(
        matchKeywords(EstatePayload.ID, values),
        matchKeywords(EstatePayload.ARN, values),
        matchKeywords(EstatePayload.NAME, values));
  }

  private static boolean looksLikeIdentifier(String text) {
    String stem = stripEllipsis(text);
    return stem.length() >= EstatePayload.MIN_PREFIX && !stem.contains(" ");
  }

  private static String stripEllipsis(String text) {
    return text.strip().replaceAll("(\u2026|\\.\\.\\.)$", "").strip();
  }

  /** Up to {@code limit} keys of points passing the filter, in key order. */
  private List<String> keys(Filter filter, int limit) {
    List<String> keys = new ArrayList<>();
    for (Map<String, Value> payload : new Scroller(qdrant, collection).payloads(filter, true)) {
      keys.add(payload.get(EstatePayload.KEY).getStringValue());
    }
    keys.sort(Comparator.naturalOrder());
    return keys.subList(0, Math.min(limit, keys.size()));
  }

  @Override
  public Optional<AwsResource> get(String keyArnOrId) {
    String value = keyArnOrId.strip();
    List<RetrievedPoint> byKey = retrieve(List.of(value), false);
    if (!byKey.isEmpty()) {
      return Optional.of(payloads.fromPayload(byKey.get(0).getPayloadMap()));
    }
    for (String field : List.of(EstatePayload.ARN, EstatePayload.ID)) {
      List<AwsResource> matches =
          scroll(
              Filter.newBuilder().addMust(matchKeyword(field, EstatePayload.lower(value))).build());
      if (!matches.isEmpty()) {
        return Optional.of(matches.get(0));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<AwsResource> list(ResourceFilter filter) {
    return scroll(QdrantFilters.of(filter));
  }

  private List<AwsResource> scroll(Filter filter) {
    List<AwsResource> all = new ArrayList<>();
    for (Map<String, Value> payload : new Scroller(qdrant, collection).payloads(filter, false)) {
      all.add(payloads.fromPayload(payload));
    }
    all.sort(Comparator.comparing(AwsResource::key));
    return all;
  }

  @Override
  public List<String> keys(ResourceFilter filter) {
    return keys(QdrantFilters.of(filter), Integer.MAX_VALUE);
  }

  @Override
  public long count(ResourceFilter filter) {
    return count(QdrantFilters.of(filter));
  }

  private long count(Filter filter) {
    return qdrant.call(
        qdrant.client().countAsync(collection, filter, true, qdrant.timeout()),
        "counting resources");
  }

  @Override
  public boolean delete(String key) {
    return deleteAll(List.of(key)) == 1;
  }

  @Override
  public int deleteAll(Collection<String> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    List<PointId> ids = keys.stream().distinct().map(PointIds::of).toList();
    Filter tombstones = Filter.newBuilder().addMust(hasId(ids)).build();
    long present = count(tombstones);
    if (present > 0) {
      qdrant.call(
          qdrant.client().deleteAsync(collection, tombstones, qdrant.timeout()),
          "deleting resources");
    }
    return (int) present;
  }

  @Override
  public void close() {
    // the connection belongs to QdrantStores
  }
}
