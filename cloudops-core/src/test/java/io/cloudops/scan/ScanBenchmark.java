package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.aws.RetrySettings;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Scan throughput through a forwarder that adds a fixed delay to every call (a stand-in for a real
 * AWS round trip), against a sequential scan of the same calls through the same forwarder, and
 * moto's own ceiling. Prints figures; asserts only that the scans were complete.
 *
 * <p>Run: {@code ./mvnw -B verify -pl cloudops-core -am -Dtest=ScanBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false}
 * (sizes: {@code -Dscan.bench.instances=N} per region, {@code -Dscan.bench.buckets=N} in all).
 */
@Tag("benchmark")
@ExtendWith(MotoExtension.class)
class ScanBenchmark {

  private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");
  private static final int INSTANCES = Integer.getInteger("scan.bench.instances", 400);
  private static final int BUCKETS = Integer.getInteger("scan.bench.buckets", 300);
  private static final int QUEUES = Integer.getInteger("scan.bench.queues", 60);
  private static final int TOPICS = Integer.getInteger("scan.bench.topics", 60);
  private static final int TABLES = Integer.getInteger("scan.bench.tables", 30);
  private static final int USERS = Integer.getInteger("scan.bench.users", 30);
  private static final Duration DELAY = Duration.ofMillis(Long.getLong("scan.bench.delayMs", 20));
  private static final boolean ONLY_DEFAULTS = Boolean.getBoolean("scan.bench.onlyDefaults");
  private static final boolean BASELINE = !ONLY_DEFAULTS;

  record Run(
      String name, long resources, long calls, long millis, int peakThreads, long peakHeapMb) {
    String line() {
      return String.format(
          "%-34s %9d %8d %9d %10.0f %9.0f %8d %9d",
          name,
          resources,
          calls,
          millis,
          resources * 1000.0 / Math.max(1, millis),
          calls * 1000.0 / Math.max(1, millis),
          peakThreads,
          peakHeapMb);
    }
  }

  @Test
  void scanThroughput(MotoServer moto) throws Exception {
    long seedStart = System.nanoTime();
    seed(moto);
    System.out.printf(
        "seeded in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - seedStart));
    List<Run> runs = new ArrayList<>();
    double floor = motoFloor(moto, 8, Duration.ofSeconds(4));
    try (FaultInjectingForwarder delayed =
            new FaultInjectingForwarder(moto.endpoint(), DELAY, 128);
        FaultInjectingForwarder direct =
            new FaultInjectingForwarder(moto.endpoint(), Duration.ZERO, 128)) {
      ScanOptions.Builder parallel = options(delayed);
      // one unreported pass first, so that no measured run pays for class loading and JIT
      measure("warm-up (not reported)", options(direct).callsPerSecondPerClient(0).build());
      runs.add(
          measure(
              "parallel, 16 slices, 32 detail",
              parallel.parallelism(16).detailParallelism(32).build()));
      if (ONLY_DEFAULTS) {
        runs.add(
            measure(
                "parallel, 16/32, again",
                options(delayed).parallelism(16).detailParallelism(32).build()));
      } else {
        runs.add(measure("parallel (defaults: 8/16, 50/s/client)", options(delayed).build()));
        runs.add(
            measure(
                "no delay, defaults, no rate limit",
                options(direct).callsPerSecondPerClient(0).build()));
      }
      if (BASELINE) {
        runs.add(
            measure(
                "sequential baseline (1 thread)",
                options(delayed)
                    .parallelism(1)
                    .detailParallelism(1)
                    .callsPerSecondPerClient(0)
                    .build()));
      }
    }
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "%nscan benchmark: %d regions, delay %d ms/call, heap max %d MB, %d cores%n",
            REGIONS.size(),
            DELAY.toMillis(),
            Runtime.getRuntime().maxMemory() >> 20,
            Runtime.getRuntime().availableProcessors()));
    report.append(
        String.format(
            "%-34s %9s %8s %9s %10s %9s %8s %9s%n",
            "run", "resources", "calls", "ms", "res/s", "calls/s", "threads", "heap MB"));
    runs.forEach(r -> report.append(r.line()).append('\n'));
    report.append(String.format("moto floor (8 threads, no delay): %.0f calls/s%n", floor));
    if (BASELINE) {
      Run sequential = runs.get(runs.size() - 1);
      report.append(
          String.format(
              "speed-up over sequential: %.1fx (defaults 8/16), %.1fx (16/32)%n",
              (double) sequential.millis() / runs.get(1).millis(),
              (double) sequential.millis() / runs.get(0).millis()));
    }
    if (!ONLY_DEFAULTS) {
      report.append(
          String.format(
              "no-delay scan calls/s vs moto floor: %.0f%%%n",
              100.0 * runs.get(2).calls() * 1000.0 / runs.get(2).millis() / floor));
    }
    System.out.print(report);
    Files.writeString(Path.of("target", "scan-benchmark.txt"), report.toString());
    long expected = runs.get(0).resources();
    runs.forEach(r -> assertThat(r.resources()).as(r.name()).isEqualTo(expected));
  }

  private static ScanOptions.Builder options(FaultInjectingForwarder forwarder) {
    return ScanOptions.builder()
        .credentials(EstateScannerIT.KEYS)
        .endpointOverride(forwarder.endpoint())
        .regions(REGIONS)
        .callsPerSecondPerClient(50)
        .retry(RetrySettings.adaptive(6));
  }

  private static Run measure(String name, ScanOptions options) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    int baseThreads = ownThreads();
    AtomicLong peakHeap = new AtomicLong();
    AtomicLong peakThreads = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                peakThreads.accumulateAndGet(ownThreads(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    AtomicLong seen = new AtomicLong();
    ScanResult result =
        new EstateScanner()
            .scan(options, (slice, page) -> seen.addAndGet(page.size()), KnownState.NONE, p -> {});
    sampler.interrupt();
    sampler.join();
    assertThat(result.errors()).as(name).isEmpty();
    System.out.printf("%s: %d resources in %d ms%n", name, seen.get(), result.durationMs());
    return new Run(
        name,
        seen.get(),
        result.apiCalls(),
        result.durationMs(),
        (int) peakThreads.get() - baseThreads,
        peakHeap.get() >> 20);
  }

  /** Live threads, without the forwarder's (test infrastructure standing in for AWS). */
  private static int ownThreads() {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> !t.getName().startsWith(FaultInjectingForwarder.THREAD_PREFIX))
            .filter(t -> !t.getName().startsWith("HttpClient-"))
            .count();
  }

  /** moto's ceiling: cheap calls from several threads, straight to moto. */
  private static double motoFloor(MotoServer moto, int threadCount, Duration duration)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threadCount);
    AtomicLong calls = new AtomicLong();
    long end = System.nanoTime() + duration.toNanos();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threadCount; t++) {
      futures.add(
          pool.submit(
              () -> {
                try (SqsClient sqs =
                        MotoClients.configure(SqsClient.builder(), moto, "us-east-1").build();
                    S3Client s3 =
                        MotoClients.configure(S3Client.builder(), moto, "us-east-1")
                            .forcePathStyle(true)
                            .build()) {
                  while (System.nanoTime() < end) {
                    s3.getBucketVersioning(r -> r.bucket("bench-0"));
                    sqs.listQueues(r -> r.maxResults(1));
                    calls.addAndGet(2);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return calls.get() * 1e9 / duration.toNanos();
  }

  private static void seed(MotoServer moto) {
    try (IamClient iam = MotoClients.configure(IamClient.builder(), moto, "us-east-1").build()) {
      for (int i = 0; i < USERS; i++) {
        String user = "user-" + i;
        iam.createUser(r -> r.userName(user));
      }
    }
    Map<String, S3Client> s3ByRegion = new HashMap<>();
    try {
      for (String region : REGIONS) {
        s3ByRegion.put(
            region,
            MotoClients.configure(S3Client.builder(), moto, region).forcePathStyle(true).build());
      }
      for (int b = 0; b < BUCKETS; b++) {
        String region = REGIONS.get(b % REGIONS.size());
        String bucket = "bench-" + b;
        S3Client s3 = s3ByRegion.get(region);
        if ("us-east-1".equals(region)) {
          s3.createBucket(r -> r.bucket(bucket));
        } else {
          s3.createBucket(
              r -> r.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint(region)));
        }
      }
    } finally {
      s3ByRegion.values().forEach(S3Client::close);
    }
    for (String region : REGIONS) {
      try (Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto, region).build();
          SqsClient sqs = MotoClients.configure(SqsClient.builder(), moto, region).build();
          SnsClient sns = MotoClients.configure(SnsClient.builder(), moto, region).build();
          DynamoDbClient ddb =
              MotoClients.configure(DynamoDbClient.builder(), moto, region).build()) {
        String ami =
            ec2.registerImage(r -> r.name("bench-" + region).rootDeviceName("/dev/sda1")).imageId();
        for (int left = INSTANCES; left > 0; left -= 100) {
          int count = Math.min(100, left);
          ec2.runInstances(r -> r.imageId(ami).minCount(count).maxCount(count));
        }
        for (int q = 0; q < QUEUES; q++) {
          String name = "queue-" + q;
          sqs.createQueue(r -> r.queueName(name));
        }
        for (int t = 0; t < TOPICS; t++) {
          String name = "topic-" + t;
          sns.createTopic(r -> r.name(name));
        }
        for (int t = 0; t < TABLES; t++) {
          String name = "table-" + t;
          ddb.createTable(
              r ->
                  r.tableName(name)
                      .keySchema(
                          List.of(
                              KeySchemaElement.builder()
                                  .attributeName("pk")
                                  .keyType(KeyType.HASH)
                                  .build()))
                      .attributeDefinitions(
                          List.of(
                              AttributeDefinition.builder()
                                  .attributeName("pk")
                                  .attributeType(ScalarAttributeType.S)
                                  .build()))
                      .billingMode(BillingMode.PAY_PER_REQUEST));
        }
      }
    }
  }
}
