package io.cloudops.store.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.cloudops.CloudOpsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process sentence-embedding model run by ONNX Runtime, loaded from a jar on the class path
 * (no network). The ONNX session gets an explicit intra-op thread count; batches are spread over a
 * small pool of its own threads, each embedding one text at a time.
 */
public final class OnnxEmbedder implements Embedder {

  private final EmbeddingModelSpec spec;
  private final OrtSession session;
  private final Model model;
  private final ExecutorService pool;

  private OnnxEmbedder(
      EmbeddingModelSpec spec, OrtSession session, Model model, ExecutorService pool) {
    this.spec = spec;
    this.session = session;
    this.model = model;
    this.pool = pool;
  }

  /**
   * Loads a model.
   *
   * @param threads how many texts are embedded at once (each ONNX run uses one intra-op thread)
   */
  public static OnnxEmbedder load(EmbeddingModelSpec spec, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    ClassLoader loader = OnnxEmbedder.class.getClassLoader();
    try (InputStream onnx = open(loader, spec.modelResource());
        InputStream tokenizer = open(loader, spec.tokenizerResource());
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(onnx.readAllBytes(), options);
      OnnxBertBiEncoder encoder =
          new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      AtomicInteger counter = new AtomicInteger();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "cloudops-embed-" + counter.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      return new OnnxEmbedder(spec, session, new Model(encoder, pool), pool);
    } catch (IOException | OrtException | RuntimeException e) {
      throw new CloudOpsException(
          "Cannot load the embedding model " + spec.id() + " from the class path: " + e, e);
    }
  }

  private static InputStream open(ClassLoader loader, String resource) throws IOException {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          resource + " is not on the class path (is the model's jar, " + "missing?)");
    }
    return in;
  }

  @Override
  public float[] embed(String text) {
    return model.embed(TextSegment.from(text)).content().vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    texts.forEach(t -> segments.add(TextSegment.from(t)));
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    embeddings.forEach(e -> vectors.add(e.vector()));
    return vectors;
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
  public void close() {
    pool.shutdownNow();
    try {
      session.close();
    } catch (OrtException e) {
      throw new CloudOpsException("Cannot close the embedding model " + spec.id(), e);
    }
  }

  /** The library's model wrapper around our own session and pool. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder, ExecutorService pool) {
      super(pool);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
