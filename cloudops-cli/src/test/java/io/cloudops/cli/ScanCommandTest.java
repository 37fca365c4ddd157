package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

  @Test
  void unknownService_exits2_namingTheValidOnes() {
    CliRun run = CliRun.of("scan", "--services", "ec2,frobs");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("frobs").contains("ec2, rds, s3, lambda");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void unknownRegion_exits2_namingTheValidOnes() {
    CliRun run = CliRun.of("scan", "--regions", "us-east-1,mars-north-1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("mars-north-1").contains("eu-west-1").contains("us-west-2");
  }

  @Test
  void unknownProfile_exits2_namingTheProfilesThatExist(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config");
    Files.writeString(config, "[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n");
    Path credentials = dir.resolve("credentials");
    Files.writeString(credentials, "[ops]\naws_access_key_id = AKID\naws_secret_access_key = x\n");

    CliRun run =
        CliRun.of(
            Map.of(
                "AWS_CONFIG_FILE", config.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", credentials.toString()),
            "scan",
            "--profile",
            "prod");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("'prod'").contains("default, dev, ops");
  }

  @Test
  void badEndpoint_exits2() {
    CliRun run = CliRun.of("scan", "--endpoint-url", "not a url");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void help_saysWhereResultsGo() {
    CliRun run = CliRun.of("scan", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--profile", "--regions", "--services", "--endpoint-url", "--incremental")
        .contains("--ids", "--output", "JSON lines", "store");
  }
}
