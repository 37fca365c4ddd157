package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.aws.RetrySettings;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.FaultInjectingForwarder.Fault;
import io.cloudops.scan.spi.SliceKey;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scanner behind a forwarder that throttles, fails and drops calls on the way to moto. */
@ExtendWith(MotoExtension.class)
class ScannerFaultsIT {

  private static final RetrySettings QUICK_RETRIES =
      new RetrySettings(
          RetrySettings.Mode.STANDARD, 8, Duration.ofMillis(5), Duration.ofMillis(100));

  private final EstateScanner scanner = new EstateScanner();

  private static ScanOptions.Builder through(FaultInjectingForwarder forwarder) {
    return ScanOptions.builder()
        .credentials(EstateScannerIT.KEYS)
        .endpointOverride(forwarder.endpoint())
        .regions(EstateScannerIT.REGIONS)
        .retry(QUICK_RETRIES)
        .callsPerSecondPerClient(0);
  }

  private static Set<String> keys(ScanResult result) {
    return result.resources().stream().map(AwsResource::key).collect(Collectors.toSet());
  }

  @Test
  void scan_whenThrottledFailedAndDropped_retriesAndFindsEverything(MotoServer moto)
      throws Exception {
    EstateSeed seed = new EstateSeed(moto);
    String role = seed.seedGlobal();
    EstateScannerIT.REGIONS.forEach(r -> seed.seedRegion(r, role));
    try (FaultInjectingForwarder forwarder =
        new FaultInjectingForwarder(moto.endpoint(), Duration.ZERO, 32)) {
      ScanResult clean = scanner.scanAll(through(forwarder).build());
      Random random = new Random(42);
      Fault[] kinds = {Fault.THROTTLE, Fault.UNAVAILABLE, Fault.DROP};
      forwarder.policy(
          (service, region, action) -> {
            synchronized (random) {
              return random.nextDouble() < 0.25 ? kinds[random.nextInt(kinds.length)] : Fault.NONE;
            }
          });

      ScanResult faulty = scanner.scanAll(through(forwarder).build());

      long faultyCalls = forwarder.calls() - clean.apiCalls();
      assertThat(forwarder.faults())
          .as("faults in %s calls", faultyCalls)
          .isGreaterThan(faultyCalls / 10);
      assertThat(faulty.errors()).isEmpty();
      assertThat(clean.totalCount()).isGreaterThan(50);
      assertThat(keys(faulty)).isEqualTo(keys(clean));
      assertThat(faulty.apiCalls()).isGreaterThan(clean.apiCalls());
    }
  }

  @Test
  void scan_whenOneSliceIsThrottledPastRetries_reportsItAsAnError_notAsEmpty(MotoServer moto)
      throws Exception {
    EstateSeed seed = new EstateSeed(moto);
    String role = seed.seedGlobal();
    EstateScannerIT.REGIONS.forEach(r -> seed.seedRegion(r, role));
    try (FaultInjectingForwarder forwarder =
        new FaultInjectingForwarder(moto.endpoint(), Duration.ZERO, 32)) {
      ScanOptions options = through(forwarder).services(List.of("dynamodb", "sqs")).build();
      ScanResult before = scanner.scanAll(options);
      forwarder.policy(
          (service, region, action) ->
              "dynamodb".equals(service) && "eu-west-1".equals(region)
                  ? Fault.THROTTLE
                  : Fault.NONE);
      EstateScannerIT.RecordingSink sink = new EstateScannerIT.RecordingSink();

      ScanResult after =
          scanner.scanIncremental(options, SnapshotKnownState.of(before.resources()), null, sink);

      assertThat(after.errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.accountId()).isEqualTo(MotoServer.DEFAULT_ACCOUNT_ID);
                assertThat(e.region()).isEqualTo("eu-west-1");
                assertThat(e.service()).isEqualTo("dynamodb");
                assertThat(e.resourceType()).isEqualTo("dynamodb:table");
                assertThat(e.errorCode()).isEqualTo("ThrottlingException");
              });
      assertThat(sink.failed).hasSize(1);
      assertThat(sink.removed).isEmpty();
      assertThat(after.changes().removed()).isZero();
      assertThat(sink.completed)
          .extracting(SliceKey::resourceType, SliceKey::region)
          .doesNotContain(org.assertj.core.groups.Tuple.tuple("dynamodb:table", "eu-west-1"));
      assertThat(after.changes().unchanged()).isEqualTo(before.totalCount() - 1);
    }
  }

  @Test
  void scan_whenAccessDeniedOnOneService_completesTheRest(MotoServer moto) throws Exception {
    EstateSeed seed = new EstateSeed(moto);
    String role = seed.seedGlobal();
    EstateScannerIT.REGIONS.forEach(r -> seed.seedRegion(r, role));
    try (FaultInjectingForwarder forwarder =
        new FaultInjectingForwarder(moto.endpoint(), Duration.ZERO, 32)) {
      ScanResult clean = scanner.scanAll(through(forwarder).build());
      forwarder.policy(
          (service, region, action) -> "lambda".equals(service) ? Fault.ACCESS_DENIED : Fault.NONE);

      ScanResult denied = scanner.scanAll(through(forwarder).build());

      assertThat(denied.errors())
          .hasSize(2)
          .allSatisfy(
              e -> {
                assertThat(e.service()).isEqualTo("lambda");
                assertThat(e.errorCode()).isEqualTo("AccessDeniedException");
              });
      Set<String> expected =
          clean.resources().stream()
              .filter(r -> !r.service().equals("lambda"))
              .map(AwsResource::key)
              .collect(Collectors.toSet());
      assertThat(keys(denied)).isEqualTo(expected);
    }
  }
}
