package io.cloudops.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.execute.approval.ApprovalRequest;
import io.cloudops.execute.approval.ApprovalRequiredException;
import io.cloudops.execute.executor.ScriptSettings;
import io.cloudops.model.Approval;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.StepKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine with real script processes: cancel by id, one plan per account+region, caps. */
class ExecutionEngineIT {

  @TempDir Path dataDir;
  private final AwsClientFactory clients =
      AwsClientFactory.builder().credentials(TestEngines.KEYS).build();

  @AfterEach
  void close() {
    clients.close();
  }

  @Test
  void startedPlan_canBeFollowedAndCancelledByItsId() throws Exception {
    ExecutionEngine engine = scripts().build();
    ExecutionRequest request =
        request(script("1", "sleep 1; echo started; sleep 60"), script("2", "true"));

    ExecutionHandle handle = engine.start(request, TestEngines.approvals(request, "bob", "carol"));
    CountDownLatch started = new CountDownLatch(1);
    engine.follow(handle.id(), line -> started.countDown());
    assertThat(started.await(30, TimeUnit.SECONDS)).as("output followed by id").isTrue();
    assertThat(engine.status(handle.id()).orElseThrow().status())
        .isEqualTo(ExecutionStatus.RUNNING);

    assertThat(engine.cancel(handle.id())).isTrue();
    ExecutionResult result = handle.result().get(30, TimeUnit.SECONDS);

    assertThat(result.id()).isEqualTo(handle.id());
    assertThat(result.status()).isEqualTo(ExecutionStatus.CANCELLED);
    assertThat(result.steps()).hasSize(1);
    ExecutionRecord record = engine.status(handle.id()).orElseThrow();
    assertThat(record.status()).isEqualTo(ExecutionStatus.CANCELLED);
    assertThat(engine.cancel(handle.id())).isFalse();
  }

  @Test
  void executeWithApproval_asksForTheDigest_andChecksWhatComesBack() {
    ExecutionEngine engine = scripts().build();
    ExecutionRequest request = request(script("1", "true"));
    List<ApprovalRequest> asked = new ArrayList<>();

    ExecutionResult result =
        engine.executeWithApproval(
            request,
            r -> {
              asked.add(r);
              return TestEngines.approvals(request, "bob", "carol");
            });
    assertThatThrownBy(
            () ->
                engine.executeWithApproval(
                    request,
                    r ->
                        List.of(
                            new Approval("0".repeat(64), "bob", Instant.now(), null),
                            new Approval("0".repeat(64), "carol", Instant.now(), null))))
        .isInstanceOf(ApprovalRequiredException.class)
        .hasMessageContaining("for another plan");

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(asked)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.digest()).isEqualTo(request.plan().digest());
              assertThat(r.requiredApprovers()).isEqualTo(2);
              assertThat(r.shortDigest()).hasSize(12);
            });
  }

  @Test
  void secondPlanInTheSameAccountAndRegion_waitsThenFails() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    ExecutionEngine first = scripts().output((id, step, line) -> started.countDown()).build();
    ExecutionEngine second = scripts().lockWait(Duration.ofMillis(500)).build();
    ExecutionRequest slow = request(script("1", "echo started; sleep 5"));
    CompletableFuture<ExecutionResult> run =
        CompletableFuture.supplyAsync(
            () -> first.execute(slow, TestEngines.approvals(slow, "bob", "carol")));
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    ExecutionRequest other = request(script("1", "true"));

    assertThatThrownBy(() -> second.execute(other, TestEngines.approvals(other, "bob", "carol")))
        .isInstanceOf(CloudOpsException.class)
        .hasMessageContaining("another plan is running in account 123456789012 region us-east-1");
    assertThat(run.get(30, TimeUnit.SECONDS).status()).isEqualTo(ExecutionStatus.SUCCESS);
  }

  @Test
  void scriptEnvironment_isOnlyWhatIsDeclared() {
    List<String> lines = new CopyOnWriteArrayList<>();
    ExecutionEngine engine = scripts().output((id, step, line) -> lines.add(line)).build();
    ExecutionRequest request = request(script("1", "env"));

    ExecutionResult result =
        engine.execute(request, TestEngines.approvals(request, "bob", "carol"));

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(lines).contains("PATH=/usr/bin:/bin").noneMatch(l -> l.startsWith("AWS_"));
  }

  @Test
  void tooManyResources_isRefusedBeforeRunning() {
    ExecutionEngine engine = scripts().maxResourcesPerRun(3).build();
    List<String> args = new ArrayList<>(List.of("stop-instances", "--instance-ids"));
    for (int i = 0; i < 4; i++) {
      args.add("i-000000" + i);
    }
    ExecutionRequest request = TestEngines.request(null, PlannedStep.awsCli("1", "ec2", args, ""));

    assertThatThrownBy(() -> engine.execute(request, TestEngines.approvals(request, "b", "c")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("targets 4 resources, more than the 3");
  }

  private ExecutionEngine.Builder scripts() {
    return TestEngines.engine(dataDir, clients)
        .scripts(
            new ScriptSettings(
                List.of("/bin/sh"), null, Duration.ofMinutes(1), Map.of("PATH", "/usr/bin:/bin")));
  }

  private static ExecutionRequest request(PlannedStep... steps) {
    return TestEngines.request(null, steps);
  }

  private static PlannedStep script(String id, String text) {
    return new PlannedStep(id, null, null, "", StepKind.SCRIPT, null, null, null, text);
  }
}
