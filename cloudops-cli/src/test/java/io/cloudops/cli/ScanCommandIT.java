package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.ScanRecord;
import io.cloudops.scan.ScanRecords;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

@ExtendWith(MotoExtension.class)
class ScanCommandIT {

  private static Map<String, String> env(MotoServer moto) {
    return Map.of(
        "AWS_ACCESS_KEY_ID", "testing",
        "AWS_SECRET_ACCESS_KEY", "testing",
        "AWS_ENDPOINT_URL", moto.endpoint().toString());
  }

  @Test
  void scan_toOutputFile_writesJsonLines_andIncrementalReportsChanges(
      MotoServer moto, @TempDir Path dir) throws Exception {
    Path out = dir.resolve("estate.jsonl");
    try (SqsClient sqs = MotoClients.configure(SqsClient.builder(), moto, "eu-west-1").build();
        SnsClient sns = MotoClients.configure(SnsClient.builder(), moto, "us-east-1").build()) {
      sqs.createQueue(r -> r.queueName("orders"));
      String gone = sqs.createQueue(r -> r.queueName("legacy")).queueUrl();
      sns.createTopic(r -> r.name("alerts"));

      CliRun first =
          CliRun.of(
              env(moto),
              "scan",
              "--regions",
              "us-east-1,eu-west-1",
              "--services",
              "sqs,sns",
              "--output",
              out.toString(),
              "--json");

      assertThat(first.exitCode()).as(first.err()).isZero();
      JsonNode summary = Json.mapper().readTree(first.out());
      assertThat(summary.get("total").asLong()).isEqualTo(3);
      assertThat(summary.get("by_service").get("sqs").asLong()).isEqualTo(2);
      assertThat(summary.get("added").asLong()).isEqualTo(3);
      assertThat(summary.get("errors")).isEmpty();
      assertThat(summary.has("duration_ms")).isTrue();
      List<String> lines = Files.readAllLines(out);
      assertThat(lines)
          .hasSize(3)
          .map(l -> Json.read(l, AwsResource.class, "line").name())
          .containsExactlyInAnyOrder("orders", "legacy", "alerts");
      assertThat(first.err()).contains("slices");

      sqs.deleteQueue(r -> r.queueUrl(gone));
      CliRun second =
          CliRun.of(
              env(moto),
              "--quiet",
              "scan",
              "--regions",
              "us-east-1,eu-west-1",
              "--services",
              "sqs,sns",
              "--incremental",
              "--output",
              out.toString());

      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(second.out())
          .contains("sqs", "sns")
          .contains("added 0, changed 0, unchanged 2, removed 1");
      assertThat(second.err()).isEmpty();
      assertThat(Files.readAllLines(out)).hasSize(2);
    }
  }

  @Test
  void scan_whenTheEndpointIsUnreachable_listsTheErrorAndExits1(MotoServer moto) throws Exception {
    CliRun run =
        CliRun.of(
            env(moto),
            "scan",
            "--regions",
            "us-east-1",
            "--services",
            "sqs",
            "--endpoint-url",
            "http://127.0.0.1:1",
            "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).contains("could not be reached").contains("[ConnectionFailed]");
    assertThat(Json.mapper().readTree(run.out()).get("errors")).hasSize(1);
  }

  @Test
  void scan_intoTheStore_recordsEachAccountAndRegion_withItsCountAndErrors(
      MotoServer moto, @TempDir Path dir) throws Exception {
    Map<String, String> env = new HashMap<>(env(moto));
    env.put("CLOUDOPS_DATA_DIR", dir.resolve("data").toString());
    try (SqsClient sqs = MotoClients.configure(SqsClient.builder(), moto, "eu-west-1").build()) {
      sqs.createQueue(r -> r.queueName("orders"));
      sqs.createQueue(r -> r.queueName("invoices"));
    }

    CliRun scanned =
        CliRun.of(env, "--quiet", "scan", "--regions", "eu-west-1", "--services", "sqs");
    CliRun unreachable =
        CliRun.of(
            env,
            "--quiet",
            "scan",
            "--regions",
            "us-east-1",
            "--services",
            "sqs",
            "--endpoint-url",
            "http://127.0.0.1:1");

    assertThat(scanned.exitCode()).as(scanned.err()).isZero();
    assertThat(unreachable.exitCode()).isEqualTo(ExitCodes.FAILURE);
    List<ScanRecord> records = ScanRecords.in(dir.resolve("data")).read();
    // the unreachable scan fails before any region (resolving the caller's account): its error is
    // recorded under the "global" region, and the eu-west-1 record of the first scan stays
    assertThat(records).extracting(ScanRecord::region).containsExactly("eu-west-1", "global");
    assertThat(records.get(0).resources()).isEqualTo(2);
    assertThat(records.get(0).errors()).isEmpty();
    assertThat(records.get(1).errors())
        .singleElement()
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("ConnectionFailed"));
  }
}
