package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.json.Json;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/** {@code cloudops execute} and {@code cloudops history} with the real AWS CLI and moto. */
@ExtendWith(MotoExtension.class)
class ExecuteCommandIT {

  @TempDir Path dir;
  private Ec2Client ec2;
  private String instanceId;
  private Ec2Instance instance;
  private Map<String, String> env;

  @BeforeEach
  void setUp(MotoServer moto) {
    ec2 = MotoClients.configure(Ec2Client.builder(), moto).build();
    instance = Ec2Instance.launch(ec2, "cli-test");
    instanceId = instance.id();
    env = new HashMap<>();
    env.put("CLOUDOPS_DATA_DIR", dir.resolve("data").toString());
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "cli-secret-never-in-history");
    env.put("AWS_REGION", MotoServer.DEFAULT_REGION);
    env.put("AWS_ENDPOINT_URL", moto.endpoint().toString());
    env.put("CLOUDOPS_AWS_CLI", "/usr/bin/aws");
    env.put("USER", "alice");
  }

  @AfterEach
  void close() {
    ec2.close();
  }

  @Test
  void lowPlan_runsWithoutApproval() throws Exception {
    Path plan = plan("describe-instances", "--instance-ids", instanceId);

    CliRun run = CliRun.of(env, "execute", "--plan", plan.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(instanceId).contains(": Success");
    assertThat(run.err()).contains("risk: Low");
  }

  @Test
  void awsCommandWithTheServiceFirst_runsAsTheServiceStep() throws Exception {
    Path file = dir.resolve("aws-plan.json");
    Files.writeString(
        file,
        "{\"steps\":[{\"step_id\":\"1\",\"command\":\"aws\",\"args\":[\"ec2\","
            + "\"describe-instances\",\"--instance-ids\",\""
            + instanceId
            + "\"]}]}");

    CliRun run = CliRun.of(env, "execute", "--plan", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("risk: Low")
        .contains(
            "runs: /usr/bin/aws ec2 describe-instances '--instance-ids=[\"" + instanceId + "\"]'");
    assertThat(run.out()).contains(instanceId).contains(": Success");
  }

  @Test
  void pythonAwsCliVersion1_isRefusedBeforeTheFirstStep_namingPathAndVersion() throws Exception {
    Path v1 = pythonAwsCli();
    env.put("CLOUDOPS_AWS_CLI", v1.toString());
    Path plan = plan("describe-instances", "--instance-ids", instanceId);

    CliRun run = CliRun.of(env, "execute", "--plan", plan.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).contains("the AWS CLI at " + v1 + " is version 1.").contains("version 2");
    assertThat(run.out()).doesNotContain(instanceId);
  }

  /** The Python AWS CLI v1 that pyenv installs beside moto (it may come first on PATH). */
  private static Path pythonAwsCli() throws Exception {
    Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(versions), "no pyenv");
    try (var dirs = Files.list(versions)) {
      return dirs.map(d -> d.resolve("bin").resolve("aws"))
          .filter(Files::isExecutable)
          .findFirst()
          .orElseThrow(() -> new org.opentest4j.TestAbortedException("no Python AWS CLI v1"));
    }
  }

  @Test
  void refusedStep_exits2_andTheRefusalIsInTheHistory() throws Exception {
    Path file = dir.resolve("script-plan.json");
    Files.writeString(
        file, "{\"steps\":[{\"step_id\":\"1\",\"kind\":\"script\",\"script\":\"id\"}]}");

    CliRun run = CliRun.of(env, "execute", "--plan", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    JsonNode refused =
        Json.mapper()
            .readTree(CliRun.of(env, "history", "--json", "--kind", "refused").out())
            .get("executions");
    assertThat(refused).hasSize(1);
    JsonNode transitions = refused.at("/0/transitions");
    assertThat(transitions.get(transitions.size() - 1).get("detail").asText())
        .startsWith("refused: ")
        .contains(run.err().strip().replace("cloudops: ", "").substring(0, 20));
    assertThat(refused.at("/0/risk/level").asText()).isEqualTo("High");
  }

  @Test
  void mediumPlan_withoutTerminalOrApprove_exits3_runsNothing_andRecordsTheStop() throws Exception {
    Path plan = plan("stop-instances", "--instance-ids", instanceId);

    CliRun run = CliRun.of(env, "execute", "--plan", plan.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.APPROVAL);
    assertThat(run.err())
        .contains("approval required: Medium: step 1: ec2:StopInstances is a Write operation");
    assertThat(state()).isEqualTo(InstanceStateName.RUNNING);
    JsonNode history =
        Json.mapper().readTree(CliRun.of(env, "history", "--json").out()).get("executions");
    assertThat(history).hasSize(1);
    assertThat(history.at("/0/kind").asText()).isEqualTo("approval_required");
    assertThat(history.at("/0/requested_by").asText()).isEqualTo("alice");
    assertThat(history.at("/0/risk/level").asText()).isEqualTo("Medium");
  }

  @Test
  void serverResponseLabelledLow_forATerminate_isHigh_andRefused() throws Exception {
    Path file = dir.resolve("response.json");
    Files.writeString(
        file,
        "{\"context_id\":\"conv-9\",\"execution_plan\":{\"steps\":[{\"step_id\":\"1\","
            + "\"command\":\"ec2\",\"args\":[\"terminate-instances\",\"--instance-ids\",\""
            + instanceId
            + "\"]}]},\"risk_assessment\":{\"level\":\"Low\",\"summary\":\"safe\",\"reasons\":[]}}");

    CliRun run =
        CliRun.of(env, "execute", "--plan", file.toString(), "--approve", "--approver", "bob");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.APPROVAL);
    assertThat(run.err()).contains("approval required: High: ").contains("2 distinct approvers");
    assertThat(state()).isEqualTo(InstanceStateName.RUNNING);
  }

  @Test
  void wrongKey_isRefusedBeforeWriting_andAHandAppendedSuccess_isReportedAndIgnored()
      throws Exception {
    Path plan = plan("stop-instances", "--instance-ids", "i-0000000000000dead");
    CliRun failed =
        CliRun.of(env, "execute", "--plan", plan.toString(), "--approve", "--approver", "bob");
    assertThat(failed.exitCode()).as(failed.err()).isEqualTo(ExitCodes.FAILURE);
    Path history = dir.resolve("data").resolve("history").resolve("executions-v1.jsonl");
    String id = failed.err().replaceAll("(?s).*execution (exec-[0-9a-f-]+) Failed.*", "$1");
    Map<String, String> wrongKey = new HashMap<>(env);
    wrongKey.put("CLOUDOPS_KEY", Base64.getEncoder().encodeToString(new byte[32]));
    byte[] before = Files.readAllBytes(history);

    CliRun withWrongKey =
        CliRun.of(wrongKey, "execute", "--plan", plan.toString(), "--approve", "--approver", "bob");
    Files.writeString(
        history,
        "{\"v\":2,\"type\":\"transition\",\"id\":\""
            + id
            + "\",\"at\":\"2026-12-01T00:00:00Z\",\"status\":\"Success\"}\n",
        StandardOpenOption.APPEND);
    CliRun list = CliRun.of(env, "history", "--json");

    assertThat(withWrongKey.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(withWrongKey.err()).contains("The key does not open the execution history");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.err()).contains("1 line(s) of " + history + " fail authentication");
    JsonNode executions = Json.mapper().readTree(list.out()).get("executions");
    assertThat(executions).hasSize(1);
    assertThat(executions.at("/0/id").asText()).isEqualTo(id);
    assertThat(executions.at("/0/transitions").findValuesAsText("status"))
        .last()
        .isEqualTo("Failed");
    assertThat(Files.readAllBytes(history)).startsWith(before);
  }

  @Test
  void approvedPlan_runs_andHistoryShowsIt() throws Exception {
    Path plan = plan("stop-instances", "--instance-ids", instanceId);

    CliRun run =
        CliRun.of(
            env, "execute", "--plan", plan.toString(), "--approve", "--approver", "bob", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = Json.mapper().readTree(run.out());
    assertThat(result.get("status").asText()).isEqualTo("Success");
    assertThat(state()).isIn(InstanceStateName.STOPPED, InstanceStateName.STOPPING);
    String id = result.get("id").asText();

    CliRun list = CliRun.of(env, "history", "--status", "success", "--json");
    CliRun show = CliRun.of(env, "history", id);

    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(Json.mapper().readTree(list.out()).at("/executions/0/id").asText()).isEqualTo(id);
    assertThat(show.out())
        .contains("approved by bob")
        .contains("(unverified)")
        .contains("stop-instances")
        .contains("Success");
    assertThat(CliRun.of(env, "history", "--conversation", "elsewhere").out()).isBlank();
    try (var files = Files.walk(dir.resolve("data"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
            .doesNotContain("cli-secret-never-in-history");
      }
    }
  }

  @Test
  void dryRun_printsWhatWouldRun_andChangesNothing() throws Exception {
    Path plan = plan("stop-instances", "--instance-ids", instanceId);

    CliRun run = CliRun.of(env, "execute", "--plan", plan.toString(), "--dry-run");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("risk: Medium")
        .contains("/usr/bin/aws ec2 stop-instances '--instance-ids=[\"" + instanceId + "\"]'")
        .contains("--dry-run")
        .contains("targets: " + instanceId);
    assertThat(state()).isEqualTo(InstanceStateName.RUNNING);
  }

  @Test
  void dryRunJson_givesDigestRiskStepsAndResult() throws Exception {
    Path plan = plan("stop-instances", "--instance-ids", instanceId);

    CliRun run = CliRun.of(env, "execute", "--plan", plan.toString(), "--dry-run", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = Json.mapper().readTree(run.out());
    assertThat(json.get("plan_digest").asText()).hasSize(64);
    assertThat(json.at("/risk/level").asText()).isEqualTo("Medium");
    assertThat(json.at("/steps/0/targets/0").asText()).isEqualTo(instanceId);
    assertThat(json.at("/steps/0/action").asText()).isEqualTo("ec2:StopInstances");
    assertThat(json.at("/result/status").asText()).isEqualTo("Success");
  }

  @Test
  void badStatusFilter_exits2() {
    CliRun run = CliRun.of(env, "history", "--status", "bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--status 'bogus' is not a status");
  }

  private Path plan(String... args) throws Exception {
    return Ec2Instance.plan(dir.resolve("plan.json"), List.of(args));
  }

  private InstanceStateName state() {
    return instance.state();
  }
}
