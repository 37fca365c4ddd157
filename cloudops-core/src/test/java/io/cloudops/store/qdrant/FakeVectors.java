package io.cloudops.store.qdrant;

import io.grpc.Status;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.VectorOutput;
import io.qdrant.client.grpc.Points.Vectors;
import io.qdrant.client.grpc.Points.VectorsOutput;
import io.qdrant.client.grpc.Points.WithPayloadSelector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Vectors and payload selection for the fake points service. */
final class FakeVectors {

  private FakeVectors() {}

  static float[] dense(Vectors vectors, int dimensions) {
    if (!vectors.hasVector() || !vectors.getVector().hasDense()) {
      throw Status.UNIMPLEMENTED
          .withDescription("the fake keeps one unnamed dense vector per point")
          .asRuntimeException();
    }
    return floats(vectors.getVector().getDense().getDataList(), dimensions);
  }

  static float[] floats(List<Float> data, int dimensions) {
    if (data.size() != dimensions) {
      throw Status.INVALID_ARGUMENT
          .withDescription(
              "Wrong input: Vector dimension error: expected dim: "
                  + dimensions
                  + ", got "
                  + data.size())
          .asRuntimeException();
    }
    float[] out = new float[data.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = data.get(i);
    }
    return out;
  }

  static float cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0f : (float) (dot / Math.sqrt(na * nb));
  }

  static Map<String, Value> payload(FakeCollection.StoredPoint point, WithPayloadSelector with) {
    switch (with.getSelectorOptionsCase()) {
      case ENABLE:
        return with.getEnable() ? point.payload() : Map.of();
      case INCLUDE:
        Map<String, Value> included = new HashMap<>();
        for (String field : with.getInclude().getFieldsList()) {
          Value value = point.payload().get(field);
          if (value != null) {
            included.put(field, value);
          }
        }
        return included;
      case EXCLUDE:
        Map<String, Value> rest = new HashMap<>(point.payload());
        with.getExclude().getFieldsList().forEach(rest::remove);
        return rest;
      default:
        return Map.of();
    }
  }

  static RetrievedPoint retrieved(
      FakeCollection.StoredPoint point, WithPayloadSelector with, boolean withVector) {
    RetrievedPoint.Builder out =
        RetrievedPoint.newBuilder().setId(point.id()).putAllPayload(payload(point, with));
    if (withVector) {
      DenseVector.Builder dense = DenseVector.newBuilder();
      for (float component : point.vector()) {
        dense.addData(component);
      }
      out.setVectors(
          VectorsOutput.newBuilder().setVector(VectorOutput.newBuilder().setDense(dense)));
    }
    return out.build();
  }
}
