package io.cloudops.execute.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.console.ExecutionSummary;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.model.Approval;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionOrigin;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StatusTransition;
import io.cloudops.model.StepResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionHistoryTest {

  private static final Instant T0 = Instant.parse("2026-11-25T18:00:00Z");
  private static final ExecutionPlan PLAN =
      new ExecutionPlan(
          List.of(
              PlannedStep.awsCli(
                  "1", "ec2", List.of("stop-instances", "--instance-ids", "i-0secretive"), "")),
          null);
  private static final RiskAssessment RISK =
      new RiskAssessment(RiskLevel.MEDIUM, "Medium", List.of("ec2:StopInstances is Write"));

  @TempDir Path dataDir;
  private final KeyRing keys = KeyRing.of(KeyFiles.newKey());

  @Test
  void events_roundTripAcrossReopen_intoTheRecord() {
    ExecutionHistory history = open();
    write(history, "exec-1", "conv-a", T0);

    ExecutionRecord record = open().get("exec-1").orElseThrow();

    assertThat(record.contextId()).isEqualTo("conv-a");
    assertThat(record.planDigest()).isEqualTo(PLAN.digest());
    assertThat(record.plan()).isEqualTo(PLAN);
    assertThat(record.requestedBy()).isEqualTo("alice");
    assertThat(record.approvals()).extracting(Approval::comment).containsExactly("looks fine");
    assertThat(record.transitions())
        .extracting(StatusTransition::status)
        .containsExactly(ExecutionStatus.PENDING, ExecutionStatus.RUNNING, ExecutionStatus.SUCCESS);
    assertThat(record.steps()).singleElement().satisfies(s -> assertThat(s.exitCode()).isZero());
  }

  @Test
  void theOrigin_roundTripsAcrossReopen_andReachesTheConsolesSummary() {
    ExecutionOrigin build =
        new ExecutionOrigin("jenkins", "team » deploy #12", "job/team/job/deploy/12/");
    open()
        .created(
            "exec-2",
            DecisionKind.EXECUTION,
            "conv-a",
            PLAN.digest(),
            PLAN,
            RISK,
            "alice",
            build,
            T0);

    ExecutionRecord record = open().get("exec-2").orElseThrow();

    assertThat(record.origin()).isEqualTo(build);
    assertThat(ExecutionSummary.of(record).origin()).isEqualTo(build);
    assertThat(open().get("exec-1")).isEmpty();
  }

  @Test
  void content_isEncrypted_indexFieldsAreClear() throws Exception {
    write(open(), "exec-1", "conv-a", T0);

    String file = Files.readString(open().file(), StandardCharsets.UTF_8);

    assertThat(file)
        .contains("exec-1", "conv-a", PLAN.digest(), "\"Success\"")
        .doesNotContain("i-0secretive")
        .doesNotContain("looks fine")
        .doesNotContain("alice")
        .doesNotContain("stop-instances");
  }

  @Test
  void anotherKey_isRefusedOnOpen() {
    write(open(), "exec-1", "conv-a", T0);

    assertThatThrownBy(
            () ->
                ExecutionHistory.open(
                    dataDir, new AesGcmCipher(KeyRing.of(KeyFiles.newKey())), Clock.systemUTC()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("The key does not open the execution history")
        .hasMessageContaining("use that key");
  }

  @Test
  void query_filtersByConversationStatusAndTime_newestFirst() {
    ExecutionHistory history = open();
    write(history, "exec-1", "conv-a", T0);
    write(history, "exec-2", "conv-b", T0.plusSeconds(60));
    write(history, "exec-3", "conv-a", T0.plusSeconds(120));
    history.created("exec-4", "conv-a", PLAN.digest(), PLAN, RISK, "alice", T0.plusSeconds(180));
    history.transition(
        "exec-4", new StatusTransition(ExecutionStatus.FAILED, T0.plusSeconds(181), "boom"));

    assertThat(ids(history, new HistoryQuery("conv-a", null, null, 10)))
        .containsExactly("exec-4", "exec-3", "exec-1");
    assertThat(ids(history, new HistoryQuery(null, ExecutionStatus.FAILED, null, 10)))
        .containsExactly("exec-4");
    assertThat(ids(history, new HistoryQuery(null, null, T0.plusSeconds(60), 10)))
        .containsExactly("exec-4", "exec-3", "exec-2");
    assertThat(ids(history, new HistoryQuery(null, null, null, 2)))
        .containsExactly("exec-4", "exec-3");
  }

  @Test
  void tornLastLine_isSkipped_andLaterAppendsStillRead() throws Exception {
    ExecutionHistory history = open();
    write(history, "exec-1", "conv-a", T0);
    Files.writeString(history.file(), "{\"v\":2,\"type\":\"transi", StandardOpenOption.APPEND);

    ExecutionHistory reopened = open();
    write(reopened, "exec-2", "conv-a", T0.plusSeconds(5));

    ExecutionHistory third = open();
    assertThat(third.damagedLines()).isEqualTo(1);
    assertThat(ids(third, HistoryQuery.latest(10))).containsExactly("exec-2", "exec-1");
    assertThat(third.get("exec-2").orElseThrow().status()).isEqualTo(ExecutionStatus.SUCCESS);
  }

  @Test
  void runOfThisLiveProcess_isNotSettledOnOpen() {
    ExecutionHistory history = open();
    history.created("exec-live", "conv-a", PLAN.digest(), PLAN, RISK, "alice", T0);
    history.transition("exec-live", new StatusTransition(ExecutionStatus.RUNNING, T0, null));

    assertThat(open().get("exec-live").orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  private static List<String> ids(ExecutionHistory history, HistoryQuery query) {
    return history.entries(query).stream().map(HistoryEntry::id).toList();
  }

  private ExecutionHistory open() {
    return ExecutionHistory.open(dataDir, new AesGcmCipher(keys), Clock.systemUTC());
  }

  private static void write(ExecutionHistory history, String id, String context, Instant at) {
    history.created(id, context, PLAN.digest(), PLAN, RISK, "alice", at);
    history.approvals(id, List.of(new Approval(PLAN.digest(), "bob", at, "looks fine")));
    history.transition(id, new StatusTransition(ExecutionStatus.RUNNING, at.plusSeconds(1), null));
    history.step(
        id,
        new StepResult(
            "1",
            ExecutionStatus.SUCCESS,
            List.of("/usr/bin/aws", "ec2", "stop-instances"),
            0,
            "{}",
            "0".repeat(64),
            null,
            at.plusSeconds(1),
            at.plusSeconds(2)));
    history.transition(id, new StatusTransition(ExecutionStatus.SUCCESS, at.plusSeconds(2), null));
  }

  @Test
  void reseal_movesEveryEventToTheNewKey_andTheOldKeyAloneNoLongerReadsThem() {
    byte[] oldKey = KeyFiles.newKey();
    byte[] newKey = KeyFiles.newKey();
    ExecutionHistory before =
        ExecutionHistory.open(dataDir, new AesGcmCipher(KeyRing.of(oldKey)), Clock.systemUTC());
    before.created("exec-r", "conv-r", PLAN.digest(), PLAN, RISK, "alice", T0);

    int resealed = ExecutionHistory.reseal(dataDir, KeyRing.of(newKey, List.of(oldKey)));

    assertThat(resealed).isEqualTo(1);
    ExecutionHistory after =
        ExecutionHistory.open(dataDir, new AesGcmCipher(KeyRing.of(newKey)), Clock.systemUTC());
    assertThat(after.get("exec-r").orElseThrow().requestedBy()).isEqualTo("alice");
    assertThatThrownBy(
            () ->
                ExecutionHistory.open(
                    dataDir, new AesGcmCipher(KeyRing.of(oldKey)), Clock.systemUTC()))
        .isInstanceOf(CryptoException.class);
  }
}
