package io.cloudops.store.qdrant;

import static io.qdrant.client.ConditionFactory.hasId;
import static io.qdrant.client.ConditionFactory.matchKeyword;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.HybridSearch;
import io.cloudops.store.ResourceText;
import io.cloudops.store.SearchHit;
import io.cloudops.store.UpsertSummary;
import io.cloudops.store.embed.Embedder;
import io.qdrant.client.QueryFactory;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The estate in one Qdrant collection: a point per resource (id from the resource key), a cosine
 * vector and a payload of keyword-indexed fields plus the sealed properties. Search is {@link
 * HybridSearch} over this collection's legs ({@link QdrantSearchLegs}), as in the embedded store.
 */
final class QdrantEstateStore implements EstateStore {

  /**
   * Points per upsert or retrieve call: keeps every message well under gRPC's 4 MiB default (a
   * point is about 2 KiB of vector plus its payload).
   */
  static final int BATCH = 128;

  private final QdrantConnection qdrant;
  private final String collection;
  private final Embedder embedder;
  private final EstatePayload payloads;
  private final HybridSearch hybrid = new HybridSearch();

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
    return hybrid.search(query, limit, new QdrantSearchLegs(this, QdrantFilters.of(filter)));
  }

  /** The resources nearest to the query's embedding that pass the filter, nearest first. */
  List<AwsResource> nearest(String query, Filter filter, int depth) {
    QueryPoints knn =
        QueryPoints.newBuilder()
            .setCollectionName(collection)
            .setQuery(QueryFactory.nearest(embedder.embed(query)))
            .setFilter(filter)
            .setLimit(depth)
            .setWithPayload(WithPayloadSelectorFactory.enable(true))
            .build();
    List<AwsResource> nearest = new ArrayList<>(depth);
    for (ScoredPoint point :
        qdrant.call(qdrant.client().queryAsync(knn, qdrant.timeout()), "searching resources")) {
      nearest.add(payloads.fromPayload(point.getPayloadMap()));
    }
    return nearest;
  }

  /** The stored resources of the keys (those stored), in no particular order. */
  List<AwsResource> resources(Collection<String> keys) {
    return retrieve(keys, false).stream()
        .map(point -> payloads.fromPayload(point.getPayloadMap()))
        .toList();
  }

  /** Up to {@code limit} keys of points passing the filter, in key order. */
  List<String> keys(Filter filter, int limit) {
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

  long count(Filter filter) {
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
