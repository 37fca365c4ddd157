package io.cloudops.store.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.cloudops.CloudOpsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A BERT-style sentence-embedding model run in-process by ONNX Runtime, loaded from a jar on the
 * class path (no network). Texts are tokenised together, sorted by length and run in padded batches
 * (one ONNX run per batch, with an explicit intra-op thread count), then mean-pooled over the
 * attention mask and L2-normalised. Thread-safe.
 */
public final class OnnxEmbedder implements Embedder {

  /** Texts per ONNX run: large enough for efficient matrix kernels, small enough to pad little. */
  static final int BATCH = 32;

  /** Tokens per text; longer texts are truncated (resource texts are far shorter). */
  static final int MAX_TOKENS = 256;

  private final EmbeddingModelSpec spec;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final Set<String> inputs;

  private OnnxEmbedder(
      EmbeddingModelSpec spec,
      OrtEnvironment environment,
      OrtSession session,
      HuggingFaceTokenizer tokenizer) {
    this.spec = spec;
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.inputs = session.getInputNames();
  }

  /** Loads a model, reading it and the runtime's native libraries from the class path. */
  public static OnnxEmbedder load(EmbeddingModelSpec spec, int threads) {
    return load(spec, threads, null);
  }

  /**
   * Loads a model. The tokenizer loads on a second thread while the session is built.
   *
   * @param threads ONNX Runtime's intra-op threads (2 on a 2-core machine)
   * @param cacheDir where the model file and the runtime's native libraries are unpacked once and
   *     reused by later processes (about 0.3 s less per start), or {@code null} to read them from
   *     the class path every time
   */
  public static OnnxEmbedder load(EmbeddingModelSpec spec, int threads, Path cacheDir) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    ClassLoader loader = OnnxEmbedder.class.getClassLoader();
    if (cacheDir != null) {
      OnnxNativeLibraries.useCacheIn(cacheDir);
    }
    CompletableFuture<HuggingFaceTokenizer> tokenizer =
        CompletableFuture.supplyAsync(() -> tokenizer(loader, spec), OnnxEmbedder::daemon);
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Idle intra-op threads sleep instead of spinning: on a shared 2-core controller or CI
      // agent, spinning threads steal the CPU the other thread needs.
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      Optional<Path> modelFile =
          cacheDir == null
              ? Optional.empty()
              : ResourceFiles.file(
                  loader, spec.modelResource(), cacheDir, spec.id() + "-{version}.onnx");
      OrtSession session;
      if (modelFile.isPresent()) {
        session = environment.createSession(modelFile.get().toString(), options);
      } else {
        try (InputStream onnx = open(loader, spec.modelResource())) {
          session = environment.createSession(onnx.readAllBytes(), options);
        }
      }
      try {
        return new OnnxEmbedder(spec, environment, session, tokenizer.join());
      } catch (RuntimeException e) {
        session.close(); // the tokenizer failed: do not leak the native session
        throw e;
      }
    } catch (IOException | OrtException | RuntimeException e) {
      tokenizer.thenAccept(HuggingFaceTokenizer::close);
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      throw new CloudOpsException(
          "Cannot load the embedding model " + spec.id() + " from the class path: " + cause, cause);
    }
  }

  private static HuggingFaceTokenizer tokenizer(ClassLoader loader, EmbeddingModelSpec spec) {
    try (InputStream json = open(loader, spec.tokenizerResource())) {
      return HuggingFaceTokenizer.newInstance(
          json,
          Map.of(
              "padding", "false",
              "truncation", "true",
              "maxLength", Integer.toString(MAX_TOKENS)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "cloudops-tokenizer-load");
    thread.setDaemon(true);
    thread.start();
  }

  private static InputStream open(ClassLoader loader, String resource) throws IOException {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " is not on the class path (is the model's jar missing?)");
    }
    return in;
  }

  @Override
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  /**
   * Embeds texts in padded batches of similar length; a text that occurs several times (default
   * security groups and subnets in every region read alike) is embedded once.
   */
  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> distinct = new LinkedHashMap<>();
    int[] slot = new int[texts.size()];
    for (int i = 0; i < slot.length; i++) {
      slot[i] = distinct.computeIfAbsent(texts.get(i), t -> distinct.size());
    }
    float[][] unique = embedDistinct(List.copyOf(distinct.keySet()));
    List<float[]> vectors = new ArrayList<>(slot.length);
    boolean[] handedOut = new boolean[unique.length];
    for (int s : slot) {
      vectors.add(handedOut[s] ? unique[s].clone() : unique[s]);
      handedOut[s] = true;
    }
    return vectors;
  }

  private float[][] embedDistinct(List<String> texts) {
    Encoding[] encodings = tokenizer.batchEncode(texts);
    Integer[] order = new Integer[encodings.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
    float[][] vectors = new float[texts.size()][];
    for (int from = 0; from < order.length; from += BATCH) {
      Integer[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + BATCH));
      float[][] out = run(batch, encodings);
      for (int i = 0; i < batch.length; i++) {
        vectors[batch[i]] = out[i];
      }
    }
    return vectors;
  }

  private float[][] run(Integer[] batch, Encoding[] encodings) {
    int length = 1;
    for (int index : batch) {
      length = Math.max(length, encodings[index].getIds().length);
    }
    long[][] ids = new long[batch.length][length];
    long[][] mask = new long[batch.length][length];
    long[][] types = new long[batch.length][length];
    for (int row = 0; row < batch.length; row++) {
      Encoding e = encodings[batch[row]];
      System.arraycopy(e.getIds(), 0, ids[row], 0, e.getIds().length);
      System.arraycopy(e.getAttentionMask(), 0, mask[row], 0, e.getAttentionMask().length);
      System.arraycopy(e.getTypeIds(), 0, types[row], 0, e.getTypeIds().length);
    }
    Map<String, OnnxTensor> feed = new HashMap<>();
    try {
      feed.put("input_ids", OnnxTensor.createTensor(environment, ids));
      feed.put("attention_mask", OnnxTensor.createTensor(environment, mask));
      if (inputs.contains("token_type_ids")) {
        feed.put("token_type_ids", OnnxTensor.createTensor(environment, types));
      }
      try (OrtSession.Result result = session.run(feed)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        float[][] pooled = new float[batch.length][];
        for (int row = 0; row < batch.length; row++) {
          pooled[row] = meanPool(hidden[row], mask[row]);
        }
        return pooled;
      }
    } catch (OrtException e) {
      throw new CloudOpsException("The embedding model " + spec.id() + " failed: " + e, e);
    } finally {
      feed.values().forEach(OnnxTensor::close);
    }
  }

  private static float[] meanPool(float[][] tokens, long[] mask) {
    float[] sum = new float[tokens[0].length];
    int count = 0;
    for (int t = 0; t < tokens.length; t++) {
      if (mask[t] == 0) {
        continue;
      }
      count++;
      for (int d = 0; d < sum.length; d++) {
        sum[d] += tokens[t][d];
      }
    }
    double norm = 0;
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= Math.max(1, count);
      norm += sum[d] * sum[d];
    }
    float scale = (float) (1.0 / Math.max(Math.sqrt(norm), 1e-12));
    for (int d = 0; d < sum.length; d++) {
      sum[d] *= scale;
    }
    return sum;
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
    tokenizer.close();
    try {
      session.close();
    } catch (OrtException e) {
      throw new CloudOpsException("Cannot close the embedding model " + spec.id(), e);
    }
  }
}
