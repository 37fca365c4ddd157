package io.cloudops.store.qdrant;

import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One collection of the fake server: points ordered by id, and the indexed payload fields. */
final class FakeCollection {

  /** One stored point. */
  record StoredPoint(PointId id, float[] vector, Map<String, Value> payload) {}

  final int dimensions;

  /** Replaced as a whole when an update merges new entries in. */
  volatile Map<String, Value> metadata;

  final Set<String> indexedFields = new LinkedHashSet<>();
  final Set<String> tenantFields = new LinkedHashSet<>();
  final TreeMap<String, StoredPoint> points = new TreeMap<>();

  FakeCollection(int dimensions, Map<String, Value> metadata) {
    this.dimensions = dimensions;
    this.metadata = Map.copyOf(metadata);
  }

  /** The sort key of a point id, as Qdrant orders them: numbers before UUIDs. */
  static String order(PointId id) {
    return id.hasNum() ? String.format("0%020d", id.getNum()) : "1" + id.getUuid();
  }
}
