package io.cloudops.store.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {

  private static OnnxEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = OnnxEmbedder.load(EmbeddingModelSpec.ALL_MINILM_L6_V2_Q, 2);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void embed_givesNormalisedVectorsOfTheModelsDimensions() {
    float[] vector = embedder.embed("billing production database");

    assertThat(vector).hasSize(384);
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(embedder.modelId()).isEqualTo("all-minilm-l6-v2-q");
  }

  @Test
  void embed_placesRelatedTextsCloserThanUnrelatedOnes() {
    float[] db = embedder.embed("relational database instance for billing");
    float[] postgres = embedder.embed("postgres rds db");
    float[] queue = embedder.embed("yellow banana smoothie recipe");

    assertThat(dot(db, postgres)).isGreaterThan(dot(db, queue));
  }

  @Test
  void embedAll_givesRepeatedTextsTheSameVector_asSeparateArrays() {
    List<float[]> vectors =
        embedder.embedAll(
            List.of("default security group", "vpc subnet", "default security group"));

    assertThat(vectors.get(2)).isEqualTo(vectors.get(0)).isNotSameAs(vectors.get(0));
    assertThat(dot(vectors.get(0), vectors.get(1))).isLessThan(0.99);
    assertThat(dot(vectors.get(0), embedder.embed("default security group"))).isGreaterThan(0.98);
  }

  @Test
  void embedAll_matchesOneByOneEmbedding_inOrder() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("resource number " + i + " in team " + (i % 3));
    }
    List<float[]> batch = embedder.embedAll(texts);

    assertThat(batch).hasSize(40);
    // Padded batches shift the int8 model's dynamic quantisation scales a little: near-equal, not
    // bit-equal; a mix-up of order would give ~0.8 (these texts are near-twins).
    for (int i : new int[] {0, 17, 39}) {
      assertThat(dot(batch.get(i), embedder.embed(texts.get(i)))).isGreaterThan(0.98);
      for (int j : new int[] {1, 18, 38}) {
        assertThat(dot(batch.get(i), embedder.embed(texts.get(i))))
            .isGreaterThan(dot(batch.get(i), embedder.embed(texts.get(j))));
      }
    }
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
