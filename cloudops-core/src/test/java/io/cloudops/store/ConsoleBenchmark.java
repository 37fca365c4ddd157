package io.cloudops.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.console.ConsoleApi;
import io.cloudops.console.ConsoleHost;
import io.cloudops.console.EstateIndex;
import io.cloudops.console.QueryParameters;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.model.AwsResource;
import io.cloudops.store.embed.EmbeddingModelSpec;
import io.cloudops.store.embed.OnnxEmbedder;
import io.cloudops.store.lucene.LuceneStores;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's server time for the resource explorer over a large estate (not in the default
 * build): the estate is indexed into a real embedded store (real embeddings), then {@code GET
 * /api/resources} (listing, facets, deep pages, hybrid text search) and {@code GET
 * /api/resources/{key}} (with related resources) are answered by {@link ConsoleApi} in-process, as
 * the console's HTTP handler calls it. Prints figures; asserts nothing about time. Run with {@code
 * -Dtest=ConsoleBenchmark -Dconsole.benchmark.size=100000}.
 */
@Tag("benchmark")
class ConsoleBenchmark {

  private static final int PAGE = 1000;
  private static final int ROUNDS = 3;

  @TempDir Path dataDir;

  @Test
  void explorerServerTime() throws Exception {
    int size = Integer.getInteger("console.benchmark.size", 10_000);
    List<AwsResource> estate = new ArrayList<>(size);
    for (AwsResource r : StoreBenchmark.estate(size)) {
      String env = r.tags().get("env");
      estate.add(r.toBuilder().relate("vpc", "vpc-" + r.tags().get("team") + "-" + env).build());
    }
    System.out.printf("== console benchmark: %d resources, %d cores%n", size, cores());
    OnnxEmbedder model = OnnxEmbedder.load(EmbeddingModelSpec.ALL_MINILM_L6_V2_Q, 2);
    try (LuceneStores stores = open(model, StoreAccess.READ_WRITE)) {
      long start = System.nanoTime();
      for (int from = 0; from < estate.size(); from += PAGE) {
        stores.estate().bulkUpsert(estate.subList(from, Math.min(estate.size(), from + PAGE)));
      }
      System.out.printf("BENCHMARK index (setup): %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
    // read as the console reads: another reader, after the writer has closed
    try (LuceneStores stores = open(model, StoreAccess.READ_ONLY)) {
      EstateIndex index =
          new EstateIndex(stores.estate(), Clock.systemUTC(), Duration.ofDays(1), Runnable::run);
      long loadStart = System.nanoTime();
      int loaded = index.all().size();
      System.out.printf(
          "BENCHMARK explorer view load (list + summaries of %d): %.0f ms%n",
          loaded, (System.nanoTime() - loadStart) / 1e6);
      ConsoleApi api = new ConsoleApi(stores.estate(), index, new NoHost());
      String[] texts = {
        "billing prod database",
        "search dev message queue",
        "serverless function of identity",
        estate.get(size / 3).id(),
        "cache cluster for payments"
      };
      for (int round = 1; round <= ROUNDS; round++) {
        System.out.printf("-- round %d%n", round);
        measure(api, "list, first page + facets", i -> "");
        measure(
            api, "list, facet selections", i -> "type=rds:db-instance&env=prod&region=eu-west-1");
        measure(api, "list, deep page", i -> "offset=" + (size - 100) + "&limit=50");
        measure(
            api,
            "hybrid text search + facets",
            i -> "q=" + texts[i % texts.length].replace(' ', '+'));
        measure(
            api,
            "text search + facet selection",
            i -> "q=" + texts[i % texts.length].replace(' ', '+') + "&env=prod");
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
          String key = estate.get((i * 7919) % size).key();
          long t = System.nanoTime();
          JsonNode json =
              api.handle(
                  "GET",
                  "resources/" + URLEncoder.encode(key, StandardCharsets.UTF_8),
                  QueryParameters.parse(""),
                  null);
          nanos[i] = System.nanoTime() - t;
          if (!json.has("related")) {
            throw new AssertionError("no related in " + key);
          }
        }
        print("resource details + related", nanos);
      }
    }
  }

  private LuceneStores open(OnnxEmbedder model, StoreAccess access) {
    return LuceneStores.open(
        dataDir, KeyFiles.load(dataDir, Map.of()), model, access, Duration.ofSeconds(1));
  }

  private static void measure(ConsoleApi api, String what, IntFunction<String> query) {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      long t = System.nanoTime();
      JsonNode page = api.handle("GET", "resources", QueryParameters.parse(query.apply(i)), null);
      nanos[i] = System.nanoTime() - t;
      if (!page.has("total")) {
        throw new AssertionError("no total");
      }
    }
    print(what, nanos);
  }

  private static void print(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "BENCHMARK %-32s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
        what,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The explorer needs no host. */
  private static final class NoHost implements ConsoleHost {
    @Override
    public ChatStore chat() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ExecutionHistory> history() {
      return Optional.empty();
    }

    @Override
    public List<String> accountNames() {
      return List.of();
    }

    @Override
    public JsonNode checkAccount(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonNode ask(String conversation, String prompt) {
      throw new UnsupportedOperationException();
    }
  }
}
