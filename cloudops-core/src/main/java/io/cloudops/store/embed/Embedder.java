package io.cloudops.store.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a dense vector for semantic search. The default is an in-process ONNX model
 * ({@link OnnxEmbedder}); an OpenAI-compatible HTTP endpoint can implement the same interface.
 * Vectors are L2-normalised so cosine similarity and dot product agree. Where the model is not
 * installed, {@link #none()} stands in: the stores then index no vectors and search exact and
 * keyword (BM25) only.
 */
public interface Embedder extends AutoCloseable {

  /** The model id a store records when it was written without a model ({@link #none()}). */
  String NO_MODEL = "none";

  /** No model: {@link #semantic()} is false and {@link #embed} is never called. */
  static Embedder none() {
    return NoEmbedder.INSTANCE;
  }

  /** Whether this embedder makes vectors; false only for {@link #none()}. */
  default boolean semantic() {
    return true;
  }

  /** The vector of one text; {@link #dimensions()} long. */
  float[] embed(String text);

  /** The vectors of many texts, in order; implementations batch or parallelise. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(embed(text));
    }
    return vectors;
  }

  /** How many components each vector has. */
  int dimensions();

  /**
   * Names the model, e.g. {@code all-minilm-l6-v2-q}. A store records it and refuses to mix vectors
   * of different models.
   */
  String modelId();

  @Override
  void close();
}
