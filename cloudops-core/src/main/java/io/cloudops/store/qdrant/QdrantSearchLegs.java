package io.cloudops.store.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ConditionFactory.matchKeywords;

import io.cloudops.model.AwsResource;
import io.cloudops.store.SearchLegs;
import io.qdrant.client.grpc.Common.Filter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Qdrant store's legs of one search: exact and prefix matches through the keyword indexes (keys
 * in key order), and the vector ranking, whose points bring their payloads, so a resource the
 * semantic leg found is not fetched again. Qdrant has no lexical index: that leg is empty. Not
 * thread-safe: one per search.
 */
final class QdrantSearchLegs implements SearchLegs {

  private final QdrantEstateStore store;
  private final Filter accepted;
  private final Map<String, AwsResource> found = new HashMap<>();

  QdrantSearchLegs(QdrantEstateStore store, Filter accepted) {
    this.store = store;
    this.accepted = accepted;
  }

  @Override
  public long count() {
    return store.count(accepted);
  }

  @Override
  public List<String> exact(Set<String> values, int limit) {
    List<String> candidates = List.copyOf(values);
    return store.keys(
        QdrantFilters.anyOf(
            accepted,
            List.of(
                matchKeywords(EstatePayload.ID, candidates),
                matchKeywords(EstatePayload.ARN, candidates),
                matchKeywords(EstatePayload.NAME, candidates))),
        limit);
  }

  @Override
  public List<String> prefix(String stem, int limit) {
    return store.keys(
        QdrantFilters.anyOf(accepted, List.of(matchKeyword(EstatePayload.PREFIXES, stem))), limit);
  }

  /** Qdrant keeps no lexical index. */
  @Override
  public List<String> lexical(String text, int depth) {
    return List.of();
  }

  @Override
  public List<String> semantic(String query, int depth) {
    List<String> keys = new ArrayList<>();
    for (AwsResource resource : store.nearest(query, accepted, depth)) {
      found.put(resource.key(), resource);
      keys.add(resource.key());
    }
    return keys;
  }

  /** A payload holds the whole resource: the clear fields come with the properties. */
  @Override
  public Map<String, AwsResource> clear(List<String> keys) {
    return resources(keys);
  }

  @Override
  public Map<String, AwsResource> resources(List<String> keys) {
    List<String> missing = keys.stream().filter(k -> !found.containsKey(k)).toList();
    if (!missing.isEmpty()) {
      store.resources(missing).forEach(resource -> found.put(resource.key(), resource));
    }
    Map<String, AwsResource> out = new LinkedHashMap<>();
    for (String key : keys) {
      AwsResource resource = found.get(key);
      if (resource != null) {
        out.put(key, resource);
      }
    }
    return out;
  }
}
