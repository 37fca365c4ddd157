package io.cloudops.store.qdrant;

import io.grpc.Status;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.FieldCondition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.Match;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Qdrant's filter semantics over a point: every {@code must}, no {@code must_not}, and at least one
 * {@code should} when there are any; field conditions match keywords, keyword sets (any), the
 * complement of a keyword set, and integers, on single values or on any element of a list.
 */
final class FakeFilters {

  private FakeFilters() {}

  static boolean accepts(Filter filter, FakeCollection.StoredPoint point) {
    for (Condition c : filter.getMustList()) {
      if (!holds(c, point)) {
        return false;
      }
    }
    for (Condition c : filter.getMustNotList()) {
      if (holds(c, point)) {
        return false;
      }
    }
    if (filter.getShouldCount() == 0) {
      return true;
    }
    for (Condition c : filter.getShouldList()) {
      if (holds(c, point)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(Condition condition, FakeCollection.StoredPoint point) {
    switch (condition.getConditionOneOfCase()) {
      case FIELD:
        return matches(condition.getField(), point.payload());
      case HAS_ID:
        return condition.getHasId().getHasIdList().contains(point.id());
      case FILTER:
        return accepts(condition.getFilter(), point);
      default:
        throw Status.UNIMPLEMENTED
            .withDescription("condition " + condition.getConditionOneOfCase())
            .asRuntimeException();
    }
  }

  private static boolean matches(FieldCondition field, Map<String, Value> payload) {
    if (!field.hasMatch()) {
      throw Status.UNIMPLEMENTED
          .withDescription("only match conditions: " + field.getKey())
          .asRuntimeException();
    }
    List<Value> values = values(payload.get(field.getKey()));
    Match match = field.getMatch();
    switch (match.getMatchValueCase()) {
      case KEYWORD:
        return values.stream().anyMatch(v -> v.getStringValue().equals(match.getKeyword()));
      case KEYWORDS:
        return values.stream()
            .anyMatch(v -> match.getKeywords().getStringsList().contains(v.getStringValue()));
      case EXCEPT_KEYWORDS:
        return values.stream()
            .noneMatch(
                v -> match.getExceptKeywords().getStringsList().contains(v.getStringValue()));
      case INTEGER:
        return values.stream().anyMatch(v -> v.getIntegerValue() == match.getInteger());
      default:
        throw Status.UNIMPLEMENTED
            .withDescription("match " + match.getMatchValueCase())
            .asRuntimeException();
    }
  }

  /** A payload value as the list of values a condition looks at (lists match on any element). */
  private static List<Value> values(Value value) {
    List<Value> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value.hasListValue()) {
      out.addAll(value.getListValue().getValuesList());
    } else {
      out.add(value);
    }
    return out;
  }
}
