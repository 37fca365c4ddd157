package io.cloudops.execute;

import static io.cloudops.execute.TestEngines.approvals;
import static io.cloudops.execute.TestEngines.cli;
import static io.cloudops.execute.TestEngines.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.aws.AwsClientFactory;
import io.cloudops.execute.approval.ApprovalRequiredException;
import io.cloudops.execute.executor.UnsafeStepException;
import io.cloudops.execute.history.HistoryQuery;
import io.cloudops.json.Json;
import io.cloudops.model.Approval;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Plans run by the real AWS CLI v2 against a real moto server. */
@ExtendWith(MotoExtension.class)
class AwsCliExecutionIT {

  @TempDir Path dataDir;
  private MotoServer moto;
  private AwsClientFactory clients;
  private Ec2Client ec2;
  private String instanceId;

  @BeforeEach
  void startInstance(MotoServer moto) {
    this.moto = moto;
    clients = TestEngines.clients(moto.endpoint());
    ec2 = MotoClients.configure(Ec2Client.builder(), moto).build();
    String ami =
        ec2.registerImage(r -> r.name("cloudops-test").rootDeviceName("/dev/sda1")).imageId();
    instanceId =
        ec2.runInstances(r -> r.imageId(ami).minCount(1).maxCount(1).instanceType("t3.micro"))
            .instances()
            .get(0)
            .instanceId();
  }

  @AfterEach
  void close() {
    ec2.close();
    clients.close();
  }

  @Test
  void stopInstancesPlan_withApproval_leavesTheInstanceStopped() {
    List<String> lines = new CopyOnWriteArrayList<>();
    List<ChangedResources> changed = new CopyOnWriteArrayList<>();
    ExecutionEngine engine =
        TestEngines.engine(dataDir, clients)
            .output((id, step, line) -> lines.add(line))
            .changedResources(changed::add)
            .build();
    ExecutionRequest request =
        request(null, cli("1", "ec2", "stop-instances", "--instance-ids", instanceId));

    ExecutionResult result = engine.execute(request, approvals(request, "bob"));

    assertThat(result.status()).as(result.error()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(state(instanceId)).isIn(InstanceStateName.STOPPED, InstanceStateName.STOPPING);
    assertThat(String.join("\n", lines)).contains("StoppingInstances").contains(instanceId);
    assertThat(changed)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.targets()).containsExactly(instanceId);
              assertThat(c.action()).isEqualTo("ec2:StopInstances");
            });
    ExecutionRecord record = engine.status(result.id()).orElseThrow();
    assertThat(record.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(record.risk().level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(record.approvals()).extracting(a -> a.approver()).containsExactly("bob");
    assertThat(record.transitions())
        .extracting(t -> t.status())
        .containsExactly(
            ExecutionStatus.PENDING,
            ExecutionStatus.AWAITING_APPROVAL,
            ExecutionStatus.RUNNING,
            ExecutionStatus.SUCCESS);
    assertThat(record.steps().get(0).argv())
        .startsWith(
            "/usr/bin/aws", "ec2", "stop-instances", "--instance-ids=[\"" + instanceId + "\"]")
        .contains("--endpoint-url=" + moto.endpoint());
    assertThat(record.steps().get(0).exitCode()).isZero();
    assertThat(record.steps().get(0).outputSha256()).hasSize(64);
  }

  @Test
  void terminateLabelledLowByTheServer_isHigh_refusedWithoutApproval_andBothDecisionsRecorded() {
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    ExecutionRequest request =
        request(
            new RiskAssessment(RiskLevel.LOW, "harmless", List.of("trust me")),
            cli("1", "ec2", "terminate-instances", "--instance-ids", instanceId));

    assertThat(engine.review(request).risk().level()).isEqualTo(RiskLevel.HIGH);
    assertThatThrownBy(() -> engine.execute(request, List.of()))
        .isInstanceOf(ApprovalRequiredException.class)
        .hasMessageStartingWith("approval required: High: ")
        .hasMessageContaining("ec2:TerminateInstances is a deletion");
    assertThatThrownBy(() -> engine.execute(request, approvals(request, "bob")))
        .isInstanceOf(ApprovalRequiredException.class)
        .hasMessageContaining("2 distinct approvers");

    assertThat(state(instanceId)).isEqualTo(InstanceStateName.RUNNING);
    List<ExecutionRecord> decisions = engine.history(HistoryQuery.latest(10));
    assertThat(decisions)
        .extracting(ExecutionRecord::kind)
        .containsExactlyInAnyOrder(DecisionKind.APPROVAL_REQUIRED, DecisionKind.REFUSED);
    assertThat(decisions)
        .allSatisfy(
            r -> {
              assertThat(r.planDigest()).isEqualTo(request.plan().digest());
              assertThat(r.risk().level()).isEqualTo(RiskLevel.HIGH);
              assertThat(r.requestedBy()).isEqualTo("alice");
              assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
              assertThat(r.steps()).isEmpty();
            });
    ExecutionRecord refused =
        decisions.stream().filter(r -> r.kind() == DecisionKind.REFUSED).findFirst().orElseThrow();
    assertThat(refused.approvals()).extracting(Approval::approver).containsExactly("bob");
    assertThat(refused.transitions().get(refused.transitions().size() - 1).detail())
        .contains("2 distinct approvers");
  }

  @Test
  void shellMetacharactersInTagValues_travelAsLiteralArguments(@TempDir Path scratch) {
    Path marker = scratch.resolve("marker");
    List<String> values =
        List.of(
            "$(touch " + marker + ")",
            "; rm -rf ~ ; touch " + marker,
            "`touch " + marker + "`",
            "' \" | && touch " + marker);
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"Key\":\"k")
          .append(i)
          .append("\",\"Value\":")
          .append(Json.write(values.get(i)))
          .append("}");
    }
    List<String> tagArgs =
        List.of("create-tags", "--resources", instanceId, "--tags", json.append("]").toString());
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    ExecutionRequest request = request(null, cli("1", "ec2", tagArgs.toArray(String[]::new)));

    ExecutionResult result = engine.execute(request, approvals(request, "bob"));

    assertThat(result.status())
        .as(result.error() + result.output())
        .isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(marker).doesNotExist();
    List<Tag> tags =
        ec2.describeInstances(r -> r.instanceIds(instanceId))
            .reservations()
            .get(0)
            .instances()
            .get(0)
            .tags();
    assertThat(tags).extracting(Tag::value).containsAll(values);
  }

  @Test
  void fileUrlArguments_areRefused_andNothingRuns() {
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    for (String value :
        List.of("file:///etc/passwd", "fileb://key.pem", "https://evil.example/x", "HTTP://x")) {
      ExecutionRequest request =
          request(
              null,
              cli("1", "ec2", "stop-instances", "--instance-ids", instanceId),
              cli("2", "ec2", "create-tags", "--resources", instanceId, "--tags", value));

      assertThatThrownBy(() -> engine.execute(request, approvals(request, "bob", "carol")))
          .isInstanceOf(UnsafeStepException.class)
          .hasMessageContaining("step 2 refused");
    }
    assertThat(state(instanceId)).isEqualTo(InstanceStateName.RUNNING);
  }

  @Test
  void dryRun_usesEc2DryRun_changesNothing_andIsRecordedAsADryRun() {
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();

    ExecutionResult result =
        engine.execute(
            TestEngines.dryRun(cli("1", "ec2", "stop-instances", "--instance-ids", instanceId)),
            List.of());

    assertThat(result.status())
        .as(result.error() + result.output())
        .isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(result.steps().get(0).argv()).contains("--dry-run");
    assertThat(result.output()).contains("DryRunOperation");
    assertThat(state(instanceId)).isEqualTo(InstanceStateName.RUNNING);
    ExecutionRecord recorded = engine.status(result.id()).orElseThrow();
    assertThat(recorded.kind()).isEqualTo(DecisionKind.DRY_RUN);
    assertThat(recorded.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(recorded.steps().get(0).argv()).contains("--dry-run");
  }

  @Test
  void history_neverContainsTheSecretKeyOrSessionToken() throws Exception {
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    ExecutionRequest request =
        request(
            null,
            cli("1", "ec2", "describe-instances", "--instance-ids", instanceId),
            cli(
                "2",
                "ec2",
                "create-tags",
                "--resources",
                instanceId,
                "--tags",
                "Key=leak,Value=" + TestEngines.SECRET_KEY));

    ExecutionResult result = engine.execute(request, approvals(request, "bob"));

    assertThat(result.status()).as(result.error()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(engine.status(result.id()).orElseThrow().steps().get(1).argv())
        .contains("--tags=[{\"Key\":\"leak\",\"Value\":\"****\"}]");
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes)
            .as(file.toString())
            .doesNotContain(TestEngines.SECRET_KEY)
            .doesNotContain(TestEngines.SESSION_TOKEN)
            .doesNotContain("describe-instances");
      }
    }
    // the steps' output lines went to the live output while they ran (encrypted, checked above)
    // and left with the run's end
    assertThat(dataDir.resolve("history").resolve("live")).isEmptyDirectory();
  }

  private InstanceStateName state(String id) {
    return ec2.describeInstances(r -> r.instanceIds(id))
        .reservations()
        .get(0)
        .instances()
        .get(0)
        .state()
        .name();
  }
}
