package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.crypto.KeyFiles;
import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.embed.Embedder;
import io.cloudops.store.embed.EmbeddingModelSpec;
import io.cloudops.store.embed.OnnxEmbedder;
import io.cloudops.store.lucene.LuceneStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store benchmark (not in the default build): index throughput including embedding, search latency,
 * HNSW recall@10 against brute force, heap, jar sizes and the CLI's wall time. Run with {@code
 * ./mvnw -B -o verify -pl cloudops-core,cloudops-cli -am -Dtest=StoreBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dstore.benchmark.size=10000}.
 */
@Tag("benchmark")
class StoreBenchmark {

  private static final int PAGE = 1000;
  private static final List<String> TYPES =
      List.of(
          "ec2:instance",
          "rds:db-instance",
          "s3:bucket",
          "lambda:function",
          "sqs:queue",
          "dynamodb:table",
          "iam:role",
          "elasticache:cluster",
          "sns:topic",
          "ecs:service");
  private static final List<String> TEAMS =
      List.of(
          "billing",
          "payments",
          "search",
          "identity",
          "analytics",
          "checkout",
          "marketing",
          "fraud",
          "ledger",
          "catalog",
          "pricing",
          "shipping",
          "support",
          "growth",
          "risk");
  private static final List<String> ENVS = List.of("prod", "staging", "dev", "qa");

  @TempDir Path dataDir;

  @Test
  void indexSearchRecallAndCli() throws Exception {
    int size = Integer.getInteger("store.benchmark.size", 10_000);
    List<AwsResource> estate = estate(size);
    System.out.printf("== store benchmark: %d resources, %d cores%n", size, cores());

    long loadStart = System.nanoTime();
    OnnxEmbedder model = OnnxEmbedder.load(EmbeddingModelSpec.ALL_MINILM_L6_V2_Q, 2);
    System.out.printf("model load: %.0f ms%n", millis(System.nanoTime() - loadStart));

    List<String> sample = estate.subList(0, 2000).stream().map(ResourceText::semantic).toList();
    List<String> schema2 =
        estate.subList(0, 2000).stream().map(StoreBenchmark::schema2Semantic).toList();
    model.embedAll(sample.subList(0, 100)); // warm-up
    double schema2Rate = embedRate(model, schema2);
    double embedRate = embedRate(model, sample);
    System.out.printf(
        "baseline: embedding alone, 2 threads: %.0f texts/s (schema-2 text: %.0f texts/s, so the"
            + " schema-3 text costs %.2f of its rate; mean length %.0f vs %.0f characters)%n",
        embedRate,
        schema2Rate,
        embedRate / schema2Rate,
        sample.stream().mapToInt(String::length).average().orElse(0),
        schema2.stream().mapToInt(String::length).average().orElse(0));

    try (LuceneStores stores =
        LuceneStores.open(
            dataDir,
            KeyFiles.load(dataDir, Map.of()),
            model,
            StoreAccess.READ_WRITE,
            Duration.ofSeconds(1))) {
      long indexStart = System.nanoTime();
      for (int from = 0; from < estate.size(); from += PAGE) {
        stores.estate().bulkUpsert(estate.subList(from, Math.min(estate.size(), from + PAGE)));
      }
      double indexSeconds = seconds(System.nanoTime() - indexStart);
      System.out.printf(
          "index (embed + Lucene + commit per %d-page): %.1f s, %.0f resources/s (%.2f of"
              + " embedding alone)%n",
          PAGE, indexSeconds, size / indexSeconds, (size / indexSeconds) / embedRate);

      long rescanStart = System.nanoTime();
      UpsertSummary rescan = UpsertSummary.EMPTY;
      Instant seenAgain = Instant.now();
      for (int from = 0; from < estate.size(); from += PAGE) {
        List<AwsResource> page =
            estate.subList(from, Math.min(estate.size(), from + PAGE)).stream()
                .map(r -> r.withLastScanned(seenAgain))
                .toList();
        rescan = rescan.plus(stores.estate().bulkUpsert(page));
      }
      double rescanSeconds = seconds(System.nanoTime() - rescanStart);
      System.out.printf(
          "re-scan of all %d resources unchanged (last-scanned time only): %.1f s, %.0f"
              + " resources/s (%.0f x the first index); %s%n",
          size, rescanSeconds, size / rescanSeconds, indexSeconds / rescanSeconds, rescan);
    }

    // search as `cloudops search` sees the store: another reader, after the scan has ended
    HandedVector embedder = new HandedVector(model);
    try (LuceneStores stores =
        LuceneStores.open(
            dataDir,
            KeyFiles.load(dataDir, Map.of()),
            embedder,
            StoreAccess.READ_ONLY,
            Duration.ofSeconds(1))) {
      List<String> queries = queries(estate);
      for (int round = 0; round < 5; round++) { // the first rounds warm the JIT up
        long[] total = new long[queries.size()];
        long[] embedOnly = new long[queries.size()];
        long[] beyond = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
          long t0 = System.nanoTime();
          model.embed(queries.get(i));
          long t1 = System.nanoTime();
          stores.estate().search(queries.get(i), ResourceFilter.any(), 10);
          long t2 = System.nanoTime();
          embedOnly[i] = t1 - t0;
          total[i] = t2 - t1;
        }
        // the same queries again, each searched with the vector the benchmark just embedded
        for (int i = 0; i < queries.size(); i++) {
          embedder.hand(queries.get(i));
          long t0 = System.nanoTime();
          stores.estate().search(queries.get(i), ResourceFilter.any(), 10);
          beyond[i] = System.nanoTime() - t0;
        }
        embedder.hand(null);
        System.out.printf(
            "search round %d (%d queries, limit 10, read-only store): p50 %.1f ms, p99 %.1f ms end"
                + " to end; query embedding alone p50 %.1f ms, p99 %.1f ms; p99 beyond the"
                + " embedding %.1f ms (end-to-end p99 minus embedding p99); searched with the"
                + " query's vector handed in: p50 %.1f ms, p99 %.1f ms%n",
            round + 1,
            queries.size(),
            percentile(total, 50),
            percentile(total, 99),
            percentile(embedOnly, 50),
            percentile(embedOnly, 99),
            percentile(total, 99) - percentile(embedOnly, 99),
            percentile(beyond, 50),
            percentile(beyond, 99));
      }

      System.gc();
      Thread.sleep(200);
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "heap used after GC with the store open: %.0f MB (max %d MB)%n",
          (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1_000_000);
    }

    double recall = hnswRecall(dataDir.resolve("store/estate"), model, queries(estate), 10);
    double recallAsSearched =
        hnswRecall(dataDir.resolve("store/estate"), model, queries(estate), 50);
    System.out.printf(
        "HNSW recall@10 vs exact brute force: %.3f with k=10; %.3f with k=50 cut to 10 (what"
            + " search does)%n",
        recall, recallAsSearched);
    System.out.printf("index on disk: %.1f MB%n", du(dataDir.resolve("store")) / 1e6);
    model.close();

    Path onnxJar =
        Path.of(
            ai.onnxruntime.OrtEnvironment.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    System.out.printf("onnxruntime jar: %.1f MB%n", Files.size(onnxJar) / 1e6);
    Path cliJar = Path.of("../cloudops-cli/target/cloudops.jar").toAbsolutePath().normalize();
    Path launcher = Path.of("../bin/cloudops").toAbsolutePath().normalize();
    if (Files.exists(cliJar)) {
      System.out.printf("CLI jar (shaded): %.1f MB%n", Files.size(cliJar) / 1e6);
      Path cdsDir = Files.createTempDirectory("cloudops-cds");
      double plain = cliWallTime(launcher, cdsDir, "off");
      cliWallTime(launcher, cdsDir, "on"); // the first search writes the class-data archive
      double shared = cliWallTime(launcher, cdsDir, "on");
      System.out.printf(
          "cloudops search wall time incl. JVM start (median of 4): %.0f ms without the class-data"
              + " archive (baseline), %.0f ms with it (%.2f of the baseline)%n",
          plain, shared, shared / plain);
    } else {
      System.out.println("CLI jar not built; skipped the CLI wall time");
    }
    assertThat(recallAsSearched).isGreaterThan(0.5);
  }

  /**
   * The benchmark's model, which returns the vector of one query computed beforehand: a search then
   * times exactly what it does beyond the query embedding, per query (the difference of two p99s
   * mixes two distributions).
   */
  private static final class HandedVector extends ForwardingEmbedder {
    private String text;
    private float[] vector;

    HandedVector(Embedder model) {
      super(model);
    }

    /** Embeds the query now, for the next search of it; null hands nothing. */
    void hand(String query) {
      text = query;
      vector = query == null ? null : model().embed(query);
    }

    @Override
    public float[] embed(String query) {
      return query.equals(text) ? vector.clone() : model().embed(query);
    }
  }

  /** The median wall time of four {@code bin/cloudops search} runs, in ms. */
  private double cliWallTime(Path launcher, Path cdsDir, String cds)
      throws IOException, InterruptedException {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      long t0 = System.nanoTime();
      ProcessBuilder builder =
          new ProcessBuilder(
                  launcher.toString(),
                  "--data-dir",
                  dataDir.toString(),
                  "search",
                  "billing prod database",
                  "--limit",
                  "5",
                  "--json")
              .redirectErrorStream(true);
      builder.environment().put("CLOUDOPS_CDS", cds);
      builder.environment().put("CLOUDOPS_CDS_DIR", cdsDir.toString());
      Process p = builder.start();
      String out = new String(p.getInputStream().readAllBytes());
      int code = p.waitFor();
      times.add(System.nanoTime() - t0);
      assertThat(code).as(out).isZero();
    }
    long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
    return millis((sorted[1] + sorted[2]) / 2);
  }

  private static double hnswRecall(
      Path index, OnnxEmbedder model, List<String> queries, int candidates) throws IOException {
    try (var dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      List<float[]> vectors = new ArrayList<>();
      List<Integer> docIds = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        FloatVectorValues values = leaf.reader().getFloatVectorValues("vector");
        if (values == null) {
          continue;
        }
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
            vectors.add(values.vectorValue().clone());
            docIds.add(leaf.docBase + doc);
          }
        }
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> sample = queries.subList(0, Math.min(100, queries.size()));
      double found = 0;
      for (String q : sample) {
        float[] query = model.embed(q);
        Set<Integer> exact = bruteForceTop10(query, vectors, docIds);
        Set<Integer> approximate = new HashSet<>();
        for (ScoreDoc hit :
            searcher.search(new KnnFloatVectorQuery("vector", query, candidates), 10).scoreDocs) {
          approximate.add(hit.doc);
        }
        approximate.retainAll(exact);
        found += approximate.size() / 10.0;
      }
      return found / sample.size();
    }
  }

  private static Set<Integer> bruteForceTop10(
      float[] query, List<float[]> vectors, List<Integer> docIds) {
    double[] scores = new double[vectors.size()];
    Integer[] order = new Integer[vectors.size()];
    for (int i = 0; i < vectors.size(); i++) {
      float[] v = vectors.get(i);
      double dot = 0;
      for (int j = 0; j < v.length; j++) {
        dot += v[j] * query[j];
      }
      scores[i] = dot;
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    Set<Integer> top = new HashSet<>();
    for (int i = 0; i < Math.min(10, order.length); i++) {
      top.add(docIds.get(order[i]));
    }
    return top;
  }

  private static double embedRate(OnnxEmbedder model, List<String> texts) {
    long start = System.nanoTime();
    model.embedAll(texts);
    return texts.size() / seconds(System.nanoTime() - start);
  }

  /**
   * The semantic text of schema 2 (before issue 18), frozen here as the baseline for the cost of
   * the richer text: type, name words, tags as {@code key value}, state, key properties as they
   * are.
   */
  private static String schema2Semantic(AwsResource resource) {
    StringBuilder text = new StringBuilder(ResourceText.typeWords(resource.resourceType()));
    text.append(' ').append(ResourceText.nameWords(resource.name())).append('.');
    List<String> tags = new ArrayList<>();
    resource.tags().forEach((k, v) -> tags.add(k + " " + v));
    text.append(' ').append(String.join(", ", tags)).append('.');
    text.append(' ').append(resource.state()).append('.');
    for (String key : ResourceText.KEY_PROPERTIES) {
      var value = resource.properties().get(key);
      if (value != null && value.isValueNode()) {
        text.append(' ')
            .append(key.replace('_', ' '))
            .append(' ')
            .append(value.asText())
            .append('.');
      }
    }
    return text.toString();
  }

  static List<AwsResource> estate(int size) {
    List<AwsResource> out = new ArrayList<>(size);
    for (int n = 0; n < size; n++) {
      String type = TYPES.get(n % TYPES.size());
      String team = TEAMS.get((n / TYPES.size()) % TEAMS.size());
      String env = ENVS.get((n / (TYPES.size() * TEAMS.size())) % ENVS.size());
      int shard = n / (TYPES.size() * TEAMS.size() * ENVS.size());
      String suffix = type.substring(type.indexOf(':') + 1).replace("db-instance", "db");
      String name = team + "-" + env + "-" + suffix + "-" + shard;
      String id = type.equals("ec2:instance") ? "i-0" + LabelledEstate.hex(name, 16) : name;
      out.add(
          AwsResource.builder()
              .id(id)
              .name(name)
              .arn("arn:aws:" + type.substring(0, type.indexOf(':')) + ":eu-west-1:1111:" + id)
              .resourceType(type)
              .service(type.substring(0, type.indexOf(':')))
              .accountId(env.equals("prod") ? "111111111111" : "222222222222")
              .region(List.of("eu-west-1", "us-east-1", "ap-south-1").get(shard % 3))
              .state(n % 7 == 0 ? "stopped" : "available")
              .tag("team", team)
              .tag("env", env)
              .property("engine", type.equals("rds:db-instance") ? "postgres" : null)
              .build());
    }
    return out;
  }

  private static List<String> queries(List<AwsResource> estate) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String team = TEAMS.get(i % TEAMS.size());
      String env = ENVS.get(i % ENVS.size());
      out.add(
          List.of(
                  "which database is the " + team + " " + env + " one",
                  team + " " + env + " message queue",
                  "serverless function of " + team + " in " + env,
                  "cache cluster for " + team)
              .get(i % 4));
      out.add(estate.get((i * 7919) % estate.size()).id());
    }
    return out;
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return millis(sorted[Math.max(0, index)]);
  }

  private static long du(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
