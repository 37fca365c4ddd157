package io.cloudops.store.qdrant;

import io.cloudops.store.embed.Embedder;
import java.util.Random;

/**
 * A cheap deterministic embedder (a unit vector seeded by the text's hash) for tests about volume
 * and transport, not ranking.
 */
final class HashEmbedder implements Embedder {

  private final int dimensions;

  HashEmbedder(int dimensions) {
    this.dimensions = dimensions;
  }

  @Override
  public float[] embed(String text) {
    Random random = new Random(text.hashCode());
    float[] vector = new float[dimensions];
    double norm = 0;
    for (int i = 0; i < dimensions; i++) {
      vector[i] = (float) random.nextGaussian();
      norm += vector[i] * vector[i];
    }
    for (int i = 0; i < dimensions; i++) {
      vector[i] /= (float) Math.sqrt(norm);
    }
    return vector;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public String modelId() {
    return "hash-" + dimensions;
  }

  @Override
  public void close() {}
}
