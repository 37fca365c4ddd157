package io.cloudops.store.qdrant;

import io.qdrant.client.VectorsFactory;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.Points.VectorOutput;
import java.util.List;
import java.util.Optional;

/** Dense vectors to and from the client's protobuf messages. */
final class Vectors {

  private Vectors() {}

  static io.qdrant.client.grpc.Points.Vectors dense(float[] vector) {
    DenseVector.Builder dense = DenseVector.newBuilder();
    for (float component : vector) {
      dense.addData(component);
    }
    return VectorsFactory.vectors(Vector.newBuilder().setDense(dense).build());
  }

  /** The point's stored dense vector, when the server returned one in the current layout. */
  static Optional<float[]> of(RetrievedPoint point) {
    if (!point.hasVectors() || !point.getVectors().hasVector()) {
      return Optional.empty();
    }
    VectorOutput output = point.getVectors().getVector();
    if (!output.hasDense()) {
      return Optional.empty();
    }
    List<Float> data = output.getDense().getDataList();
    float[] vector = new float[data.size()];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = data.get(i);
    }
    return Optional.of(vector);
  }
}
