package io.cloudops.store.embed;

/** The embedder of a store without a model: lexical search only ({@link Embedder#none()}). */
enum NoEmbedder implements Embedder {
  INSTANCE;

  @Override
  public boolean semantic() {
    return false;
  }

  @Override
  public float[] embed(String text) {
    throw new IllegalStateException(
        "No embedding model is installed: a caller must check semantic()");
  }

  @Override
  public int dimensions() {
    return 0;
  }

  @Override
  public String modelId() {
    return NO_MODEL;
  }

  @Override
  public void close() {
    // nothing loaded
  }
}
