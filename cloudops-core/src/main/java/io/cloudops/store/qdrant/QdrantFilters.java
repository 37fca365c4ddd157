package io.cloudops.store.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ConditionFactory.matchKeywords;

import io.cloudops.model.ResourceFilter;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.Filter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link ResourceFilter} → Qdrant payload filter over the keyword-indexed fields. */
final class QdrantFilters {

  private QdrantFilters() {}

  /** A filter accepting exactly what the resource filter accepts (all conditions must hold). */
  static Filter of(ResourceFilter filter) {
    Filter.Builder out = Filter.newBuilder();
    oneOf(out, EstatePayload.ACCOUNT, filter.accountIds());
    oneOf(out, EstatePayload.REGION, filter.regions());
    oneOf(out, EstatePayload.TYPE, filter.resourceTypes());
    oneOf(out, EstatePayload.STATE, filter.states());
    for (Map.Entry<String, String> tag : filter.tags().entrySet()) {
      out.addMust(
          matchKeyword(EstatePayload.TAGS, EstatePayload.tag(tag.getKey(), tag.getValue())));
    }
    return out.build();
  }

  private static void oneOf(Filter.Builder out, String field, Set<String> values) {
    if (!values.isEmpty()) {
      out.addMust(matchKeywords(field, List.copyOf(values)));
    }
  }

  /** The filter, plus at least one of the conditions. */
  static Filter anyOf(Filter base, List<Condition> conditions) {
    return base.toBuilder().addAllShould(conditions).build();
  }
}
