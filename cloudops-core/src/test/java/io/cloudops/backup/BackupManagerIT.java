package io.cloudops.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.Directories;
import io.cloudops.InvalidInputException;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Message;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import io.cloudops.store.lucene.LuceneStores;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** Backups of a real embedded store (real embedding model) to a real moto S3. */
@ExtendWith(MotoExtension.class)
class BackupManagerIT {

  private static final String REGION = "eu-west-1";
  private static final Instant DAY_1 = Instant.parse("2026-11-20T10:00:00Z");
  private static final List<String> QUERIES =
      List.of("billing database", "queue for search events", "identity-prod-cache");

  @TempDir Path dataDir;

  private S3Client s3;
  private String bucket;
  private CloudOpsSettings settings;

  @BeforeEach
  void setUp(MotoServer moto) {
    s3 = MotoClients.configure(S3Client.builder(), moto, REGION).forcePathStyle(true).build();
    bucket = "backups-" + Long.toHexString(System.nanoTime());
    s3.createBucket(
        b -> b.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint(REGION)));
    settings = CloudOpsSettings.builder().dataDir(dataDir).build();
  }

  @AfterEach
  void tearDown() {
    s3.close();
  }

  private void seed() {
    List<AwsResource> resources = new ArrayList<>();
    for (String team : List.of("billing", "search", "identity", "payments", "catalog")) {
      for (String env : List.of("prod", "dev")) {
        String region = env.equals("prod") ? "eu-west-1" : "us-west-2";
        for (String[] kind :
            List.of(
                new String[] {"db", "rds:db-instance", "rds"},
                new String[] {"events", "sqs:queue", "sqs"},
                new String[] {"cache", "elasticache:cluster", "elasticache"},
                new String[] {"assets", "s3:bucket", "s3"},
                new String[] {"api", "lambda:function", "lambda"})) {
          String name = team + "-" + env + "-" + kind[0];
          resources.add(
              AwsResource.builder()
                  .id(name)
                  .name(name)
                  .arn("arn:aws:" + kind[2] + ":" + region + ":111111111111:" + name)
                  .resourceType(kind[1])
                  .service(kind[2])
                  .accountId("111111111111")
                  .region(region)
                  .state("available")
                  .tag("team", team)
                  .property("secret_marker", "engine-" + name)
                  .build());
        }
      }
    }
    try (StoreHandle stores = Stores.open(settings, Map.of(), StoreAccess.READ_WRITE)) {
      stores.estate().bulkUpsert(resources);
      stores.chat().append("conv-1", Message.user("how full is billing-prod-db?", DAY_1));
    }
  }

  /** Counts and the ranked keys of a few searches: what a restore must give back. */
  private Map<String, Object> observe() {
    try (StoreHandle stores = Stores.open(settings, Map.of(), StoreAccess.READ_ONLY)) {
      List<List<String>> rankings = new ArrayList<>();
      for (String query : QUERIES) {
        rankings.add(
            stores.estate().search(query, ResourceFilter.any(), 5).stream()
                .map(h -> h.resource().key() + "@" + h.score())
                .toList());
      }
      return Map.of(
          "resources", stores.estate().count(),
          "conversations", stores.chat().conversations().size(),
          "searches", rankings);
    }
  }

  private BackupManager manager(Instant now, String kmsKeyId) {
    return new BackupManager(
        s3,
        new BackupTarget(bucket, "team/backups", kmsKeyId),
        new EmbeddedSnapshotSource(Stores.snapshots(dataDir, Map.of(), Duration.ofMillis(200))),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private BackupManager manager(Instant now) {
    return manager(now, null);
  }

  private void wipeStore() throws IOException {
    Directories.deleteTree(dataDir.resolve("store"));
  }

  @Test
  void backup_wipe_restore_givesIdenticalCountsAndSearchResults() throws IOException {
    seed();
    Map<String, Object> before = observe();
    assertThat(before.get("resources")).isEqualTo(50L);

    CreateResult created = manager(DAY_1).create(0);
    wipeStore();
    assertThat(observe().get("resources")).isEqualTo(0L);
    RestoreResult restored = manager(DAY_1).restore(LocalDate.of(2026, 11, 20));

    assertThat(observe()).isEqualTo(before);
    assertThat(restored.data()).isEqualTo(new RestoredData(50, 1));
    assertThat(restored.backup().key()).isEqualTo(created.created().key());
    HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(created.created().key()));
    assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    assertThat(head.metadata())
        .containsEntry(BackupManager.META_SCHEMA, Integer.toString(LuceneStores.SCHEMA_VERSION))
        .containsEntry(BackupManager.META_CREATED, DAY_1.toString())
        .containsEntry(BackupManager.META_SHA256, created.created().sha256())
        .containsEntry(BackupManager.META_SOURCE, "embedded");
    assertThat(created.created().key()).startsWith("team/backups/cloudops-backup-20261120T");
  }

  @Test
  void archive_neverContainsTheKeyFile() throws IOException {
    seed();
    Path snapshot = Files.createDirectory(dataDir.resolveSibling(dataDir.getFileName() + "-snap"));
    try {
      new EmbeddedSnapshotSource(Stores.snapshots(dataDir, Map.of(), Duration.ZERO))
          .snapshot(snapshot);
      try (Stream<Path> files = Files.walk(snapshot)) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        assertThat(names).doesNotContain("key", "key.next", "writer.lock", "writer.pid");
        assertThat(names).contains("estate", "chat");
      }
      assertThat(Files.exists(dataDir.resolve("key"))).isTrue();
    } finally {
      Directories.deleteTree(snapshot);
    }
  }

  @Test
  void restore_ofCorruptedObject_isRefused_andCurrentDataIsUntouched() {
    seed();
    BackupInfo backup = manager(DAY_1).create(0).created();
    Map<String, Object> before = observe();
    HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(backup.key()));
    s3.putObject(
        r -> r.bucket(bucket).key(backup.key()).metadata(head.metadata()),
        RequestBody.fromString("not the archive that was uploaded"));

    assertThatThrownBy(() -> manager(DAY_1).restore(LocalDate.of(2026, 11, 20)))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("is corrupt")
        .hasMessageContaining("nothing was changed");

    assertThat(observe()).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void createWithKeep_deletesOnlyTheOldest() {
    seed();
    List<String> keys = new ArrayList<>();
    for (int day = 0; day < 3; day++) {
      keys.add(manager(DAY_1.plus(Duration.ofDays(day))).create(0).created().key());
    }

    CreateResult fourth = manager(DAY_1.plus(Duration.ofDays(3))).create(3);

    assertThat(fourth.deleted()).extracting(BackupInfo::key).containsExactly(keys.get(0));
    assertThat(manager(DAY_1).list())
        .extracting(BackupInfo::key)
        .containsExactly(fourth.created().key(), keys.get(2), keys.get(1));
  }

  @Test
  void restore_byDate_takesTheNewestOfThatDay_andUnknownDateListsTheDates() {
    seed();
    manager(DAY_1).create(0);
    BackupInfo later = manager(DAY_1.plus(Duration.ofHours(5))).create(0).created();

    assertThat(manager(DAY_1).restore(LocalDate.of(2026, 11, 20)).backup().key())
        .isEqualTo(later.key());
    assertThatThrownBy(() -> manager(DAY_1).restore(LocalDate.of(2026, 11, 21)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("No backup of 2026-11-21")
        .hasMessageContaining("[2026-11-20]");
  }

  @Test
  void restore_whileTheStoreIsOpenForWriting_isRefused() {
    seed();
    manager(DAY_1).create(0);
    Map<String, Object> before = observe();

    try (StoreHandle writer = Stores.open(settings, Map.of(), StoreAccess.READ_WRITE)) {
      assertThat(writer.estate().count()).isEqualTo(50);
      assertThatThrownBy(() -> manager(DAY_1).restore(LocalDate.of(2026, 11, 20)))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("another process writes to the store")
          .hasMessageContaining("nothing was changed");
    }
    assertThat(observe()).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void kmsKeyId_requestsSseKms() {
    seed();
    BackupInfo backup = manager(DAY_1, "alias/cloudops-backups").create(0).created();

    HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(backup.key()));
    assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
    assertThat(manager(DAY_1).list().get(0).serverSideEncryption()).isEqualTo("aws:kms");
  }

  @Test
  void restore_withAnotherKey_isRefusedBeforeAnythingIsReplaced(@TempDir Path otherDataDir) {
    seed();
    manager(DAY_1).create(0);
    BackupManager elsewhere =
        new BackupManager(
            s3,
            BackupTarget.of(bucket, "team/backups"),
            new EmbeddedSnapshotSource(Stores.snapshots(otherDataDir, Map.of(), Duration.ZERO)),
            Clock.fixed(DAY_1, ZoneOffset.UTC));

    assertThatThrownBy(() -> elsewhere.restore(LocalDate.of(2026, 11, 20)))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("encryption key does not open")
        .hasMessageContaining("nothing was changed");
    assertThat(otherDataDir.resolve("store/estate")).doesNotExist();
  }

  @Test
  void snapshotsTakenWhileAWriterCommits_eachRestoreToOneCommit() throws Exception {
    seed();
    AtomicBoolean stop = new AtomicBoolean();
    List<Instant> taken = new ArrayList<>();
    try (StoreHandle writer = Stores.open(settings, Map.of(), StoreAccess.READ_WRITE)) {
      Thread writes =
          new Thread(
              () -> {
                for (int batch = 0; !stop.get() && batch < 200; batch++) {
                  List<AwsResource> five = new ArrayList<>();
                  for (int i = 0; i < 5; i++) {
                    five.add(
                        AwsResource.builder()
                            .id("extra-" + batch + "-" + i)
                            .name("extra-" + batch + "-" + i)
                            .resourceType("sqs:queue")
                            .service("sqs")
                            .accountId("111111111111")
                            .region("eu-west-1")
                            .build());
                  }
                  writer.estate().bulkUpsert(five);
                }
              });
      writes.start();
      try {
        for (int day = 0; day < 3; day++) {
          Instant at = DAY_1.plus(Duration.ofDays(day));
          manager(at).create(0);
          taken.add(at);
        }
      } finally {
        stop.set(true);
        writes.join();
      }
    }
    for (Instant at : taken) {
      RestoredData data = manager(at).restore(LocalDate.ofInstant(at, ZoneOffset.UTC)).data();
      assertThat(data.resources()).isGreaterThanOrEqualTo(50);
      assertThat(data.resources() % 5).as("whole commits only").isZero();
      assertThat(observe().get("resources")).isEqualTo(data.resources());
    }
  }

  /** Staging directories a failed restore could have left in the data dir. */
  private List<Path> leftovers() {
    try (Stream<Path> files = Files.list(dataDir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".restore-")).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
