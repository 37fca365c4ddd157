package io.cloudops.store.embed;

import io.cloudops.InvalidInputException;

/**
 * A sentence-embedding model shipped as a jar on Maven Central: where its ONNX file and tokenizer
 * are on the class path and how long its vectors are.
 */
public enum EmbeddingModelSpec {
  /** all-MiniLM-L6-v2, int8-quantised: 384 dimensions, about 23 MB. The default. */
  ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", 384);

  private final String id;
  private final String resourceBase;
  private final int dimensions;

  EmbeddingModelSpec(String id, String resourceBase, int dimensions) {
    this.id = id;
    this.resourceBase = resourceBase;
    this.dimensions = dimensions;
  }

  /** The id recorded with the data, e.g. {@code all-minilm-l6-v2-q}. */
  public String id() {
    return id;
  }

  public int dimensions() {
    return dimensions;
  }

  String modelResource() {
    return resourceBase + ".onnx";
  }

  String tokenizerResource() {
    return resourceBase + "-tokenizer.json";
  }

  /** The model with this id. */
  public static EmbeddingModelSpec byId(String id) {
    for (EmbeddingModelSpec spec : values()) {
      if (spec.id.equalsIgnoreCase(id.trim())) {
        return spec;
      }
    }
    throw new InvalidInputException(
        "Unknown embedding model '" + id + "'; available: all-minilm-l6-v2-q");
  }
}
