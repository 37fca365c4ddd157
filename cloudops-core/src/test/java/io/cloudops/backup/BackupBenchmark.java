package io.cloudops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.model.AwsResource;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Prints how long a backup and a restore of an embedded store take against moto S3, as ratios of a
 * plain copy of the store directory measured in the same run. Not part of the default build.
 */
@Tag("benchmark")
@ExtendWith(MotoExtension.class)
class BackupBenchmark {

  @TempDir Path dataDir;
  @TempDir Path copyDir;

  @Test
  void backupAndRestore_againstAPlainCopy(MotoServer moto) throws IOException {
    int size = Integer.getInteger("backup.benchmark.size", 2_000);
    CloudOpsSettings settings = CloudOpsSettings.builder().dataDir(dataDir).build();
    try (StoreHandle stores = Stores.open(settings, Map.of(), StoreAccess.READ_WRITE)) {
      List<AwsResource> page = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        page.add(
            AwsResource.builder()
                .id("res-" + i)
                .name("team" + (i % 15) + "-svc" + (i % 40) + "-" + i)
                .resourceType(i % 2 == 0 ? "sqs:queue" : "rds:db-instance")
                .service(i % 2 == 0 ? "sqs" : "rds")
                .accountId("111111111111")
                .region("eu-west-1")
                .tag("team", "team" + (i % 15))
                .property("engine", "engine-" + (i % 7))
                .build());
        if (page.size() == 1_000 || i == size - 1) {
          stores.estate().bulkUpsert(page);
          page.clear();
        }
      }
    }
    Path store = dataDir.resolve("store");
    long bytes;
    long copyStart = System.nanoTime();
    try (Stream<Path> files = Files.walk(store)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = copyDir.resolve(store.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    long copyNanos = System.nanoTime() - copyStart;
    try (Stream<Path> files = Files.walk(copyDir)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }

    Instant at = Instant.parse("2026-11-20T03:00:00Z");
    try (S3Client s3 =
        MotoClients.configure(S3Client.builder(), moto, "eu-west-1").forcePathStyle(true).build()) {
      String bucket = "bench-" + Long.toHexString(System.nanoTime());
      s3.createBucket(
          b -> b.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
      BackupManager manager =
          new BackupManager(
              s3,
              BackupTarget.of(bucket, "bench"),
              new EmbeddedSnapshotSource(
                  Stores.snapshots(dataDir, Map.of(), Duration.ofSeconds(5))),
              Clock.fixed(at, ZoneOffset.UTC));

      long createStart = System.nanoTime();
      BackupInfo backup = manager.create(0).created();
      long createNanos = System.nanoTime() - createStart;
      long restoreStart = System.nanoTime();
      RestoreResult restored = manager.restore(LocalDate.of(2026, 11, 20));
      long restoreNanos = System.nanoTime() - restoreStart;

      assertThat(restored.data().resources()).isEqualTo(size);
      System.out.printf(
          "== backup benchmark: %d resources, store %.1f MB, archive %.1f MB%n",
          size, bytes / 1e6, backup.size() / 1e6);
      System.out.printf("baseline: plain copy of the store dir: %.0f ms%n", copyNanos / 1e6);
      System.out.printf(
          "create (snapshot + zip + SHA-256 + PutObject to moto): %.0f ms (%.1f x baseline)%n",
          createNanos / 1e6, (double) createNanos / copyNanos);
      System.out.printf(
          "restore (GetObject + verify + unzip + open + swap): %.0f ms (%.1f x baseline)%n",
          restoreNanos / 1e6, (double) restoreNanos / copyNanos);
    }
  }
}
