package io.cloudops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.store.backends.Stores;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** Automatic backups of an (empty) embedded store to moto S3, with retention. */
@ExtendWith(MotoExtension.class)
class BackupSchedulerIT {

  private static final String REGION = "eu-west-1";

  @TempDir Path dataDir;

  private S3Client s3;
  private String bucket;

  @BeforeEach
  void setUp(MotoServer moto) {
    s3 = MotoClients.configure(S3Client.builder(), moto, REGION).forcePathStyle(true).build();
    bucket = "scheduled-" + Long.toHexString(System.nanoTime());
    s3.createBucket(
        b -> b.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint(REGION)));
  }

  @AfterEach
  void tearDown() {
    s3.close();
  }

  /** A clock that moves a day forward on every reading, so each run is another day's backup. */
  private static final class DailyClock extends Clock {
    private Instant next = Instant.parse("2026-11-01T03:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      Instant now = next;
      next = next.plus(Duration.ofDays(1));
      return now;
    }
  }

  private BackupManager manager(String bucketName) {
    return new BackupManager(
        s3,
        BackupTarget.of(bucketName, "nightly"),
        new EmbeddedSnapshotSource(Stores.snapshots(dataDir, Map.of(), Duration.ZERO)),
        new DailyClock());
  }

  @Test
  void runs_keepOnlyTheNewestN() {
    BackupManager manager = manager(bucket);
    try (BackupScheduler scheduler =
        new BackupScheduler(manager, Duration.ofHours(24), 2, Clock.systemUTC())) {
      for (int i = 0; i < 4; i++) {
        assertThat(scheduler.runOnce().lastFailure()).isEmpty();
      }

      assertThat(scheduler.status().runs()).isEqualTo(4);
      assertThat(manager.list())
          .extracting(b -> b.date().toString())
          .containsExactly("2026-11-04", "2026-11-03");
      assertThat(scheduler.status().lastBackup().orElseThrow().date()).hasToString("2026-11-04");
    }
  }

  @Test
  void aFailedRun_isRecorded_andTheScheduleGoesOn() {
    try (BackupScheduler scheduler =
        new BackupScheduler(
            manager("no-such-bucket-" + bucket), Duration.ofSeconds(1), 3, Clock.systemUTC())) {
      scheduler.start(Duration.ZERO);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (scheduler.status().runs() < 2 && System.nanoTime() < deadline) {
        sleep();
      }

      BackupScheduler.Status status = scheduler.status();
      assertThat(status.runs()).isGreaterThanOrEqualTo(2);
      assertThat(status.lastBackup()).isEmpty();
      assertThat(status.lastFailure()).get().asString().contains("no-such-bucket-");
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
