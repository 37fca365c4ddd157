package io.cloudops.jenkins.backup;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.Secret;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.FilesOnDisk;
import io.cloudops.jenkins.MutableClock;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.TestListener;
import io.cloudops.jenkins.engines.CoreStoreProvider;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.model.AwsResource;
import io.cloudops.standins.StandIns;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The periodic work over the real engines: the embedded store under a temporary JENKINS_HOME, the
 * core's backup manager against a real moto S3, the controller's environment pointing at moto.
 */
@ExtendWith(MotoExtension.class)
class CloudOpsBackupWorkIT {

  private static final String REGION = "us-east-1";
  private static final String BUCKET = "controller-backups";
  private static final String SECRET = "backup-it-secret-Hq7Vx2Lp9Zr";
  private static final String STORE_KEY =
      Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

  /** 02:00 UTC: before the 02:30 of the schedule. */
  private static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

  @TempDir Path home;

  private FakeJenkins jenkins;
  private MutableClock clock;
  private Map<String, String> controllerEnv;
  private S3Client s3;
  private final List<String> logLines = new ArrayList<>();

  @BeforeEach
  void setUp(MotoServer moto) {
    StandIns.reset();
    jenkins = new FakeJenkins(home);
    jenkins.configuration().setEncryptionKey(Secret.fromString(STORE_KEY));
    jenkins.configuration().setBackupBucket(BUCKET);
    jenkins.configuration().setBackupSchedule("30 2 * * *");
    clock = new MutableClock(START);
    controllerEnv =
        Map.of(
            "AWS_ACCESS_KEY_ID",
            "AKIABACKUPIT00000001",
            "AWS_SECRET_ACCESS_KEY",
            SECRET,
            "AWS_REGION",
            REGION,
            "AWS_ENDPOINT_URL",
            moto.endpoint().toString());
    s3 = MotoClients.configure(S3Client.builder(), moto, REGION).forcePathStyle(true).build();
  }

  @AfterEach
  void tearDown() {
    s3.close();
  }

  /** One run of the periodic work as Jenkins would start it, by a fresh instance. */
  private String runAt(Instant now) throws IOException {
    clock.advance(Duration.between(clock.instant(), now));
    TestListener listener = new TestListener();
    new CloudOpsBackupWork(jenkins, controllerEnv, clock, DailySchedules::parse).execute(listener);
    String text = listener.text();
    text.lines().forEach(logLines::add);
    return text;
  }

  /** Puts one resource into the controller's store, as a scan would. */
  private void seedStore() throws IOException {
    try (StoreProvider.OpenStores open =
        new CoreStoreProvider().open(new Settings(jenkins).store(jenkins.configuration(), null))) {
      open.estate()
          .upsert(
              AwsResource.builder()
                  .id("i-0backup0000000001")
                  .name("billing-prod-web")
                  .arn("arn:aws:ec2:us-east-1:111111111111:instance/i-0backup0000000001")
                  .resourceType("ec2:instance")
                  .service("ec2")
                  .accountId("111111111111")
                  .region(REGION)
                  .state("running")
                  .tag("team", "billing")
                  .build());
    }
  }

  private List<S3Object> backups() {
    return s3.listObjectsV2(r -> r.bucket(BUCKET).prefix("cloudops/backups/")).contents();
  }

  @Test
  void whenDue_aBackupOfTheStoreAppearsInTheBucket_andNoneBefore() throws IOException {
    s3.createBucket(r -> r.bucket(BUCKET));
    seedStore();

    assertThat(runAt(START)).contains("following the schedule '30 2 * * *'");
    assertThat(runAt(Instant.parse("2026-11-20T02:29:30Z"))).as("not due yet").isEmpty();
    assertThat(backups()).isEmpty();

    String line = runAt(Instant.parse("2026-11-20T02:30:15Z"));

    List<S3Object> objects = backups();
    assertThat(objects).hasSize(1);
    String key = objects.get(0).key();
    assertThat(key).isEqualTo("cloudops/backups/cloudops-backup-20261120T023015000Z.zip");
    assertThat(line.lines())
        .singleElement()
        .asString()
        .startsWith("CloudOps backup: created s3://" + BUCKET + "/" + key)
        .contains("AES256");
    HeadObjectResponse head = s3.headObject(r -> r.bucket(BUCKET).key(key));
    assertThat(head.metadata()).containsEntry("cloudops-source", "embedded");
    assertThat(head.metadata().get("cloudops-schema-version")).isNotEqualTo("none");
    assertThat(entries(key))
        .anyMatch(e -> e.startsWith("store/estate/segments_"))
        .noneMatch(e -> e.endsWith("key"));
    assertThat(Files.readString(home.resolve(BackupStateFile.NAME)))
        .contains("\"outcome\" : \"created\"")
        .contains("\"backup_key\" : \"" + key + "\"");

    assertThat(runAt(Instant.parse("2026-11-20T02:31:15Z"))).as("not again").isEmpty();
    assertThat(backups()).hasSize(1);
    assertNoSecretAnywhere();
  }

  @Test
  void aFailedBackup_isRecordedAndReported_withoutASecretInAnyLogLineOrFile() throws IOException {
    // no bucket: S3 refuses the upload
    runAt(START);

    String line = runAt(Instant.parse("2026-11-20T02:30:15Z"));

    assertThat(line.lines())
        .singleElement()
        .asString()
        .startsWith("CloudOps backup failed: S3 call on s3://" + BUCKET + "/cloudops/backups/")
        .contains("check the bucket, region and credentials");
    assertThat(Files.readString(home.resolve(BackupStateFile.NAME)))
        .contains("\"outcome\" : \"failed\"")
        .contains("S3 call on s3://" + BUCKET);
    assertThat(runAt(Instant.parse("2026-11-20T02:31:15Z"))).as("no retry every minute").isEmpty();
    assertNoSecretAnywhere();
  }

  @Test
  void theStateSurvivesARestart_soARunIsNeitherRepeatedNorMissed() throws IOException {
    s3.createBucket(r -> r.bucket(BUCKET));
    jenkins.configuration().setBackupKeep(1);
    runAt(START);
    runAt(Instant.parse("2026-11-20T02:30:15Z"));
    String first = backups().get(0).key();

    // every runAt is a new instance: a restart at 02:40 does not run again
    assertThat(runAt(Instant.parse("2026-11-20T02:40:00Z"))).isEmpty();
    // down from 02:40 until 09:00 the next day: the missed 02:30 runs once after the restart
    String catchUp = runAt(Instant.parse("2026-11-21T09:00:00Z"));
    assertThat(runAt(Instant.parse("2026-11-21T09:01:00Z"))).isEmpty();

    assertThat(catchUp).contains("created s3://").contains("deleted 1 older");
    List<S3Object> objects = backups();
    assertThat(objects).hasSize(1);
    assertThat(objects.get(0).key())
        .isNotEqualTo(first)
        .isEqualTo("cloudops/backups/cloudops-backup-20261121T090000000Z.zip");
    assertThat(Files.readString(home.resolve(BackupStateFile.NAME)))
        .contains("\"started_at\" : \"2026-11-21T09:00:00Z\"");
    assertNoSecretAnywhere();
  }

  private List<String> entries(String key) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = s3.getObject(r -> r.bucket(BUCKET).key(key));
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  private void assertNoSecretAnywhere() throws IOException {
    assertThat(logLines).noneMatch(l -> l.contains(SECRET) || l.contains(STORE_KEY));
    assertThat(FilesOnDisk.containing(home, SECRET)).isEmpty();
    assertThat(FilesOnDisk.containing(home, STORE_KEY)).isEmpty();
  }
}
