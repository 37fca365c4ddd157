package io.cloudops.store.embed;

import java.util.List;

/**
 * Loads the ONNX model on first use, so commands that never embed (list, count, get) start fast.
 * Thread-safe.
 */
public final class LazyEmbedder implements Embedder {

  private final EmbeddingModelSpec spec;
  private final int threads;
  private volatile OnnxEmbedder loaded;

  public LazyEmbedder(EmbeddingModelSpec spec, int threads) {
    this.spec = spec;
    this.threads = threads;
  }

  private OnnxEmbedder model() {
    OnnxEmbedder model = loaded;
    if (model == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = OnnxEmbedder.load(spec, threads);
        }
        model = loaded;
      }
    }
    return model;
  }

  @Override
  public float[] embed(String text) {
    return model().embed(text);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return texts.isEmpty() ? List.of() : model().embedAll(texts);
  }

  @Override
  public int dimensions() {
    return spec.dimensions();
  }

  @Override
  public String modelId() {
    return spec.id();
  }

  @Override
  public synchronized void close() {
    if (loaded != null) {
      loaded.close();
      loaded = null;
    }
  }
}
