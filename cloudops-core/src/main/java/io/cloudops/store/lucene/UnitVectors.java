package io.cloudops.store.lucene;

/**
 * Scales vectors to unit length. The vector fields use dot-product similarity, which ranks as
 * cosine only for unit vectors; the bundled model already returns them, another {@code Embedder}
 * may not.
 */
final class UnitVectors {

  private static final double TOLERANCE = 1e-4;

  private UnitVectors() {}

  /** The vector itself when it already has unit length, else a scaled copy. */
  static float[] of(float[] vector) {
    double squares = 0;
    for (float component : vector) {
      squares += component * component;
    }
    if (Math.abs(squares - 1.0) <= TOLERANCE) {
      return vector;
    }
    if (squares == 0 || Double.isNaN(squares) || Double.isInfinite(squares)) {
      throw new IllegalArgumentException(
          "The embedding model returned a zero or non-finite vector; it cannot be searched");
    }
    float scale = (float) (1.0 / Math.sqrt(squares));
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] * scale;
    }
    return unit;
  }
}
