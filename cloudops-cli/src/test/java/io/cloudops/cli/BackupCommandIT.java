package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code cloudops backup create|list|restore} end to end against moto S3 and a real store. */
@ExtendWith(MotoExtension.class)
class BackupCommandIT {

  private static final String REGION = "eu-west-1";

  @TempDir Path dataDir;

  private Map<String, String> env;
  private String endpoint;

  @BeforeEach
  void setUp(MotoServer moto) {
    String bucket = "cli-backups-" + Long.toHexString(System.nanoTime());
    try (S3Client s3 =
        MotoClients.configure(S3Client.builder(), moto, REGION).forcePathStyle(true).build()) {
      s3.createBucket(
          b -> b.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint(REGION)));
    }
    endpoint = moto.endpoint().toString();
    env = new HashMap<>();
    env.put("CLOUDOPS_DATA_DIR", dataDir.toString());
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.put("AWS_REGION", REGION);
    env.put("CLOUDOPS_BACKUP_BUCKET", bucket);
    List<AwsResource> resources = new ArrayList<>();
    for (String name : List.of("billing-prod-db", "search-dev-queue", "identity-prod-cache")) {
      resources.add(
          AwsResource.builder()
              .id(name)
              .name(name)
              .arn("arn:aws:rds:eu-west-1:111111111111:db:" + name)
              .resourceType("rds:db-instance")
              .service("rds")
              .accountId("111111111111")
              .region("eu-west-1")
              .build());
    }
    CloudOpsSettings settings = CloudOpsSettings.builder().dataDir(dataDir).build();
    try (StoreHandle stores = Stores.open(settings, env, StoreAccess.READ_WRITE)) {
      stores.estate().bulkUpsert(resources);
    }
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--endpoint-url");
    all.add(endpoint);
    return CliRun.of(env, all.toArray(String[]::new));
  }

  private static JsonNode json(CliRun run) {
    return Json.read(run.out(), JsonNode.class, "output");
  }

  @Test
  void create_list_wipe_restore_endToEnd() throws IOException {
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    CliRun create = run("backup", "create", "--keep", "2", "--json");
    assertThat(create.exitCode()).as(create.err()).isZero();
    JsonNode backup = json(create).get("backup");
    assertThat(backup.get("date").asText()).isEqualTo(today);
    assertThat(backup.get("server_side_encryption").asText()).isEqualTo("AES256");
    assertThat(backup.get("schema_version").asText())
        .isEqualTo(Integer.toString(LuceneStores.SCHEMA_VERSION));
    assertThat(backup.get("sha256").asText()).hasSize(64);
    assertThat(backup.get("key").asText()).startsWith("cloudops/backups/cloudops-backup-");
    assertThat(json(create).get("deleted")).isEmpty();

    CliRun list = run("backup", "list", "--json");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(json(list).get("backups")).hasSize(1);
    assertThat(json(list).get("backups").get(0).get("key")).isEqualTo(backup.get("key"));

    try (Stream<Path> walk = Files.walk(dataDir.resolve("store"))) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    CliRun restore = run("backup", "restore", "--date", today, "--json");
    assertThat(restore.exitCode()).as(restore.err()).isZero();
    assertThat(json(restore).get("resources").asLong()).isEqualTo(3);
    CliRun count = CliRun.of(env, "estate", "count");
    assertThat(count.out().strip()).isEqualTo("3");
  }

  @Test
  void restore_withoutDate_listsTheDates_andExits2WithAHint() {
    assertThat(run("backup", "create").exitCode()).isZero();

    CliRun restore = run("backup", "restore");

    assertThat(restore.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(restore.out().strip()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(restore.err().strip())
        .startsWith("cloudops: Pass --date YYYY-MM-DD")
        .doesNotContain("\n");
  }

  @Test
  void restore_ofADateWithoutBackup_exits2_andABadDateExits2() {
    assertThat(run("backup", "create").exitCode()).isZero();

    CliRun missing = run("backup", "restore", "--date", "2001-01-01");
    CliRun bad = run("backup", "restore", "--date", "yesterday");

    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("No backup of 2001-01-01").contains("backups exist for");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("use YYYY-MM-DD");
  }

  @Test
  void withoutBucket_exits2_namingTheVariable() {
    env.remove("CLOUDOPS_BACKUP_BUCKET");

    CliRun list = run("backup", "list");

    assertThat(list.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(list.err()).contains("--bucket").contains("CLOUDOPS_BACKUP_BUCKET");
  }

  @Test
  void missingBucket_exits1_withTheS3Error() {
    CliRun list = run("backup", "list", "--bucket", "no-such-bucket-here");

    assertThat(list.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(list.err()).contains("s3://no-such-bucket-here/").contains("check the bucket");
  }
}
