package io.cloudops.datadir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.execute.ExecutionEngine;
import io.cloudops.execute.PlanReview;
import io.cloudops.execute.risk.ResourceLookup;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RunMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {

  private static final String TOKEN = "srv-token-0123456789abcdef";

  @TempDir Path dir;

  private DataDir dataDir(ExecutionSettings execution, DataDirSecrets secrets) {
    return DataDir.open(CloudOpsSettings.builder().dataDir(dir).build(), execution, secrets);
  }

  private static ExecutionEngine engine(DataDir dataDir, AwsClientFactory clients) {
    return dataDir
        .engine(clients, ResourceLookup.none(), Clock.systemUTC())
        .region("us-east-1")
        .accountId("123456789012")
        .build();
  }

  private static AwsClientFactory clients() {
    return AwsClientFactory.builder()
        .credentials(new AwsCredentialsSpec.StaticKeys("AKIDEXAMPLE", Secret.of("k"), null))
        .build();
  }

  private static ExecutionRequest request(PlannedStep... steps) {
    return new ExecutionRequest(
        "c", new ExecutionPlan(List.of(steps), null), "alice", null, RunMode.DRY_RUN);
  }

  private static PlannedStep cli(String id, String... args) {
    return PlannedStep.awsCli(id, "s3api", List.of(args), "step " + id);
  }

  @Test
  void engine_appliesTheConfiguredPlanLimits() {
    DataDir dataDir = dataDir(new ExecutionSettings(1, 1024, "env=prod"), DataDirSecrets.NONE);
    try (AwsClientFactory clients = clients()) {
      ExecutionEngine engine = engine(dataDir, clients);

      assertThatThrownBy(
              () -> engine.review(request(cli("a", "list-buckets"), cli("b", "list-buckets"))))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(ExecutionSettings.MAX_PLAN_STEPS);
    }
  }

  @Test
  void engine_masksTheFrontEndsSecretsInTheReview() {
    DataDir dataDir =
        dataDir(
            ExecutionSettings.DEFAULT,
            new DataDirSecrets(Optional.empty(), Optional.empty(), List.of(Secret.of(TOKEN))));
    try (AwsClientFactory clients = clients()) {
      PlanReview review =
          engine(dataDir, clients)
              .review(request(cli("a", "get-bucket-tagging", "--bucket", "b-" + TOKEN)));

      assertThat(String.join(" ", review.steps().get(0).argv()))
          .doesNotContain(TOKEN)
          .contains("b-");
    }
  }

  @Test
  void fromEnvironment_takesTheKeysAndTheNamedSecrets_whenSet() {
    DataDirSecrets secrets =
        DataDirSecrets.fromEnvironment(
            Map.of(KeyFiles.KEY_VARIABLE, "a2V5", "TOKEN", TOKEN, "EMPTY", " "),
            List.of("TOKEN", "EMPTY", "UNSET"));

    assertThat(secrets.storeKey()).contains(Secret.of("a2V5"));
    assertThat(secrets.qdrantApiKey()).isEmpty();
    assertThat(secrets.all()).containsExactly(Secret.of("a2V5"), Secret.of(TOKEN));
    assertThat(secrets.toString()).doesNotContain(TOKEN).doesNotContain("a2V5");
  }

  @Test
  void keyRing_usesTheGivenKey_andTheNextKeyOfAnUnfinishedRotation() throws Exception {
    byte[] key = KeyFiles.newKey();
    byte[] next = KeyFiles.newKey();
    Files.writeString(
        dir.resolve(KeyFiles.NEXT_KEY_FILE),
        Base64.getEncoder().encodeToString(next),
        StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(
        dir.resolve(KeyFiles.NEXT_KEY_FILE), PosixFilePermissions.fromString("rw-------"));
    DataDir dataDir =
        dataDir(
            ExecutionSettings.DEFAULT,
            new DataDirSecrets(
                Optional.of(Secret.of(Base64.getEncoder().encodeToString(key))),
                Optional.empty(),
                List.of()));

    assertThat(dataDir.keyRing().current().material()).isEqualTo(key);
    assertThat(dataDir.keyRing().find(KeyRing.of(next).current().id())).isPresent();
    assertThat(dir.resolve(KeyFiles.KEY_FILE)).doesNotExist();
  }
}
