package io.cloudops.store;

import io.cloudops.store.embed.Embedder;
import java.util.List;

/**
 * A test embedder that hands every call to a real model and changes only what a test needs (the
 * shared model's memo, the benchmark's handed query vector). Closing it leaves the model open: the
 * model belongs to whoever loaded it.
 */
abstract class ForwardingEmbedder implements Embedder {

  private final Embedder model;

  ForwardingEmbedder(Embedder model) {
    this.model = model;
  }

  /** The real model. */
  Embedder model() {
    return model;
  }

  @Override
  public float[] embed(String text) {
    return model.embed(text);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return model.embedAll(texts);
  }

  @Override
  public int dimensions() {
    return model.dimensions();
  }

  @Override
  public String modelId() {
    return model.modelId();
  }

  @Override
  public void close() {
    // the model belongs to whoever loaded it
  }
}
