package io.cloudops.jenkins.engines;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudops.Secret;
import io.cloudops.config.StoreKind;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.EstateStoreSink;
import io.cloudops.scan.spi.SliceKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the controller's used heap (after a GC, sampled every 50 pages) and the time while a scan
 * of a node streams synthetic resources through {@link ScanReceiver} into the embedded store, for
 * two estate sizes: flat memory means the peak does not grow with the estate. Not part of the
 * default build (docs/benchmarks.md).
 */
@Tag("benchmark")
class ScanReceiverBenchmark {

  @TempDir Path home;

  @Test
  void usedHeap_staysFlat_whileAScanStreamsIntoTheStore() throws Exception {
    for (String size : System.getProperty("scan.benchmark.sizes", "5000,40000").split(",")) {
      run(Integer.parseInt(size.strip()));
    }
  }

  private void run(int resources) throws IOException {
    StoreSettings settings =
        new StoreSettings(
            StoreKind.EMBEDDED,
            home.resolve("data-" + resources),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Secret.of(Base64.getEncoder().encodeToString(new byte[32]))));
    long peak = 0;
    long started = System.nanoTime();
    try (StoreProvider.OpenStores stores = new CoreStoreProvider().open(settings);
        ScanReceiver receiver =
            new ScanReceiver(new EstateStoreSink(stores.estate()), line -> {})) {
      for (int first = 0; first < resources; first += 100) {
        SliceKey slice = new SliceKey("123456789012", "r" + first / 1000, "ec2", "ec2:instance");
        receiver.write(line(ScanEvent.page(slice, page(first, slice.region()))));
        if ((first + 100) % 1000 == 0) {
          receiver.write(line(ScanEvent.completed(slice)));
        }
        if ((first / 100 + 1) % 50 == 0) {
          System.gc();
          Runtime runtime = Runtime.getRuntime();
          peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
        }
      }
    }
    System.out.printf(
        "scan stream: %d resources, peak used heap after GC %d MiB, %d ms%n",
        resources, peak >> 20, (System.nanoTime() - started) / 1_000_000);
  }

  private static List<AwsResource> page(int first, String region) {
    List<AwsResource> page = new ArrayList<>();
    for (int i = first; i < first + 100; i++) {
      page.add(
          AwsResource.builder()
              .id("i-" + i)
              .resourceType("ec2:instance")
              .service("ec2")
              .name("instance " + i)
              .accountId("123456789012")
              .region(region)
              .properties(JsonNodeFactory.instance.objectNode().put("k", "v".repeat(200)))
              .build());
    }
    return page;
  }

  private static byte[] line(ScanEvent event) {
    return (Json.write(event) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
