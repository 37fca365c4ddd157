package io.cloudops.store;

import io.cloudops.store.embed.Embedder;
import io.cloudops.store.embed.EmbeddingModelSpec;
import io.cloudops.store.embed.OnnxEmbedder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real MiniLM-q model, loaded once per test JVM and shared by the test classes; its {@code
 * close} is a no-op so a store under test cannot unload it for the next one. Vectors are memoised
 * by text (they are the model's real output), so tests that load the same estate pay once.
 */
public final class SharedModel {

  private static final Map<String, float[]> CACHE = new ConcurrentHashMap<>();
  private static Embedder shared;

  private SharedModel() {}

  /** The shared model. */
  public static synchronized Embedder embedder() {
    if (shared == null) {
      OnnxEmbedder model = OnnxEmbedder.load(EmbeddingModelSpec.ALL_MINILM_L6_V2_Q, 2);
      shared =
          new ForwardingEmbedder(model) {
            @Override
            public float[] embed(String text) {
              return CACHE.computeIfAbsent(text, model::embed).clone();
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
              List<String> missing =
                  texts.stream().distinct().filter(t -> !CACHE.containsKey(t)).toList();
              List<float[]> computed = model.embedAll(missing);
              for (int i = 0; i < missing.size(); i++) {
                CACHE.put(missing.get(i), computed.get(i));
              }
              return texts.stream().map(t -> CACHE.get(t).clone()).toList();
            }
          };
    }
    return shared;
  }
}
