package io.cloudops.store;

import io.cloudops.model.AwsResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for the process tests: {@code bulk DIR} writes batches of resources and prints
 * "committed N" after each commit, until killed; {@code hold DIR} opens the store for writing,
 * prints "ready" and waits to be killed.
 */
public final class StoreWriterMain {

  static final int BATCH = 50;

  private StoreWriterMain() {}

  public static void main(String[] args) throws InterruptedException {
    Path dataDir = Path.of(args[1]);
    try (StoreHandle stores = EmbeddedStores.open(dataDir)) {
      if (args[0].equals("hold")) {
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(120_000);
        return;
      }
      int committed = 0;
      for (int batch = 0; batch < 400; batch++) {
        stores.estate().bulkUpsert(batch(batch));
        committed += BATCH;
        System.out.println("committed " + committed);
        System.out.flush();
      }
    }
  }

  static List<AwsResource> batch(int batch) {
    List<AwsResource> out = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      int n = batch * BATCH + i;
      out.add(
          AwsResource.builder()
              .id("vol-" + LabelledEstate.hex("vol" + n, 12))
              .name("data-volume-" + n)
              .resourceType("ec2:volume")
              .service("ec2")
              .accountId("111111111111")
              .region("eu-west-1")
              .state("in-use")
              .tag("team", List.of("billing", "search", "identity").get(n % 3))
              .property("size_gib", 100 + n)
              .build());
    }
    return out;
  }
}
