package io.cloudops.store.embed;

import java.nio.file.Path;

/**
 * Whether the in-process model can run here: ONNX Runtime, the tokenizer and the model's jar are
 * optional dependencies of the core. The CLI always has them; the Jenkins steps plugin has them
 * only when the CloudOps Embeddings plugin is installed (its optional plugin dependency puts that
 * plugin's jars on the steps plugin's class loader). Without them the stores work lexically.
 */
public final class EmbeddingRuntime {

  /** A class of each jar the model needs; loaded without initialising anything. */
  private static final String[] CLASSES = {
    "ai.onnxruntime.OrtEnvironment", "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer"
  };

  private EmbeddingRuntime() {}

  /** Whether the runtime and the model of {@code spec} are on the loader's class path. */
  public static boolean present(ClassLoader loader, EmbeddingModelSpec spec) {
    for (String name : CLASSES) {
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
    return loader.getResource(spec.modelResource()) != null
        && loader.getResource(spec.tokenizerResource()) != null
        && hasNativeLibrary(loader);
  }

  /**
   * Whether ONNX Runtime has its native library for this platform: the CloudOps Embeddings plugin
   * carries Linux x86_64 and aarch64 only, so on another controller search stays lexical instead of
   * failing at the first query. A library given through {@code onnxruntime.native.path} counts.
   */
  private static boolean hasNativeLibrary(ClassLoader loader) {
    if (System.getProperty(OnnxNativeLibraries.PATH_PROPERTY) != null) {
      return true;
    }
    return OnnxNativeLibraries.runtimeResource().map(loader::getResource).isPresent();
  }

  /**
   * The model, loaded on first use, when it is present on the loader's class path; otherwise {@link
   * Embedder#none()}.
   *
   * @param cacheDir where the model and native libraries are unpacked once, or {@code null}
   */
  public static Embedder embedder(
      ClassLoader loader, EmbeddingModelSpec spec, int threads, Path cacheDir) {
    return present(loader, spec) ? new LazyEmbedder(spec, threads, cacheDir) : Embedder.none();
  }
}
