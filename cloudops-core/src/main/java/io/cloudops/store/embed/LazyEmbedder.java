package io.cloudops.store.embed;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads the ONNX model on first use, so commands that never embed (list, count, get) start fast.
 * Thread-safe.
 */
public final class LazyEmbedder implements Embedder {

  private final EmbeddingModelSpec spec;
  private final int threads;
  private final Path cacheDir;
  private volatile OnnxEmbedder loaded;

  public LazyEmbedder(EmbeddingModelSpec spec, int threads) {
    this(spec, threads, null);
  }

  /**
   * @param cacheDir where the model and the runtime's native libraries are unpacked once (see
   *     {@link OnnxEmbedder#load(EmbeddingModelSpec, int, Path)}), or {@code null}
   */
  public LazyEmbedder(EmbeddingModelSpec spec, int threads, Path cacheDir) {
    this.spec = spec;
    this.threads = threads;
    this.cacheDir = cacheDir;
  }

  /**
   * Starts loading the model on a daemon thread, so it overlaps with opening the store; a later
   * call waits for it. Failures surface on first use.
   */
  public void preloadInBackground() {
    Thread loader =
        new Thread(
            () -> {
              try {
                model();
              } catch (RuntimeException e) {
                // reported again, with context, when the model is first used
              }
            },
            "cloudops-embedder-preload");
    loader.setDaemon(true);
    loader.start();
  }

  private OnnxEmbedder model() {
    OnnxEmbedder model = loaded;
    if (model == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = OnnxEmbedder.load(spec, threads, cacheDir);
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
