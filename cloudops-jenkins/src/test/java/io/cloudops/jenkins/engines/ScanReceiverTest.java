package io.cloudops.jenkins.engines;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.Secret;
import io.cloudops.config.StoreKind;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.EstateStoreSink;
import io.cloudops.scan.ScanError;
import io.cloudops.scan.spi.SliceKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller's end of a scan on a node, over the real embedded store. */
class ScanReceiverTest {

  private static final SliceKey EC2 =
      new SliceKey("123456789012", "eu-west-1", "ec2", "ec2:instance");
  private static final SliceKey OTHER =
      new SliceKey("123456789012", "us-east-1", "ec2", "ec2:instance");

  @TempDir Path home;
  private final List<String> progress = new ArrayList<>();

  private StoreSettings settings() {
    return new StoreSettings(
        StoreKind.EMBEDDED,
        home.resolve("cloudops"),
        Optional.empty(),
        Optional.empty(),
        Optional.of(Secret.of(Base64.getEncoder().encodeToString(new byte[32]))));
  }

  private static AwsResource instance(String id, String region) {
    return AwsResource.builder()
        .id(id)
        .resourceType("ec2:instance")
        .service("ec2")
        .name(id)
        .accountId("123456789012")
        .region(region)
        .build();
  }

  /** Sends the events as the node would, cut into writes of 7 bytes (lines span writes). */
  private EstateStoreSink receive(StoreProvider.OpenStores stores, ScanEvent... events)
      throws Exception {
    EstateStoreSink sink = new EstateStoreSink(stores.estate());
    StringBuilder ndjson = new StringBuilder();
    for (ScanEvent event : events) {
      ndjson.append(Json.write(event)).append('\n');
    }
    byte[] bytes = ndjson.toString().getBytes(StandardCharsets.UTF_8);
    try (ScanReceiver receiver = new ScanReceiver(sink, progress::add)) {
      for (int i = 0; i < bytes.length; i += 7) {
        receiver.write(bytes, i, Math.min(7, bytes.length - i));
      }
    }
    return sink;
  }

  @Test
  void pagesAreStored_aCleanSliceRemovesWhatItNoLongerSent_aFailedOneRemovesNothing()
      throws Exception {
    CoreStoreProvider provider = new CoreStoreProvider();
    try (StoreProvider.OpenStores stores = provider.open(settings())) {
      EstateStoreSink first =
          receive(
              stores,
              ScanEvent.page(
                  EC2, List.of(instance("i-a", "eu-west-1"), instance("i-b", "eu-west-1"))),
              ScanEvent.completed(EC2),
              ScanEvent.page(OTHER, List.of(instance("i-c", "us-east-1"))),
              ScanEvent.completed(OTHER),
              ScanEvent.progress("scanned ec2 in eu-west-1 (1/2, 50%)"));
      assertThat(first.upserts().added()).isEqualTo(3);
      assertThat(progress).containsExactly("scanned ec2 in eu-west-1 (1/2, 50%)");

      EstateStoreSink second =
          receive(
              stores,
              ScanEvent.page(EC2, List.of(instance("i-b", "eu-west-1"))),
              ScanEvent.completed(EC2),
              ScanEvent.failed(
                  OTHER,
                  new ScanError(
                      "123456789012", "us-east-1", "ec2", "ec2:instance", "Throttling", "slow")));

      assertThat(second.deleted()).isEqualTo(1);
      assertThat(second.upserts().unchanged()).isEqualTo(1);
      assertThat(stores.estate().get("i-a")).isEmpty();
      assertThat(stores.estate().get("i-b")).isPresent();
      assertThat(stores.estate().get("i-c")).as("a failed slice removes nothing").isPresent();
    }
  }
}
