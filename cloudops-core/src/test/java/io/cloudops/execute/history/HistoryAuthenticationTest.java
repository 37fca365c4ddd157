package io.cloudops.execute.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.model.Approval;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StatusTransition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every history line is authenticated; old (version 1) histories stay readable. */
class HistoryAuthenticationTest {

  private static final Instant T0 = Instant.parse("2026-12-01T18:00:00Z");
  private static final ExecutionPlan PLAN =
      new ExecutionPlan(
          List.of(
              PlannedStep.awsCli(
                  "1", "ec2", List.of("terminate-instances", "--instance-ids", "i-1"), "")),
          null);
  private static final RiskAssessment RISK =
      new RiskAssessment(RiskLevel.HIGH, "High", List.of("ec2:TerminateInstances is a deletion"));

  @TempDir Path dataDir;
  private final KeyRing keys = KeyRing.of(KeyFiles.newKey());

  @Test
  void handAppendedSuccess_afterAFailedRun_isReportedAndIgnored() throws IOException {
    ExecutionHistory history = open();
    failedRun(history, "exec-1");
    append(
        "{\"v\":2,\"type\":\"transition\",\"id\":\"exec-1\",\"at\":\"2026-12-01T18:00:09Z\","
            + "\"status\":\"Success\"}",
        "{\"v\":1,\"type\":\"transition\",\"id\":\"exec-1\",\"at\":\"2026-12-01T18:00:09Z\","
            + "\"status\":\"Success\"}",
        "{\"type\":\"transition\",\"status\":\"Success\"}");

    ExecutionHistory reopened = open();

    assertThat(reopened.get("exec-1").orElseThrow().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(reopened.entries(HistoryQuery.latest(5)))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(ExecutionStatus.FAILED));
    assertThat(reopened.rejectedLines()).isEqualTo(2);
    assertThat(reopened.damagedLines()).isEqualTo(1);
  }

  @Test
  void oldFormatRecordWithoutSealedContent_isRejected_evenAtTheStartOfTheFile() throws IOException {
    failedRun(open(), "exec-1");
    String forged =
        "{\"v\":1,\"type\":\"created\",\"id\":\"exec-forged\",\"at\":\"2026-12-01T17:00:00Z\","
            + "\"status\":\"Pending\",\"plan_digest\":\""
            + PLAN.digest()
            + "\"}\n";
    Files.writeString(
        historyFile(), forged + Files.readString(historyFile(), StandardCharsets.UTF_8));

    ExecutionHistory reopened = open();

    assertThat(reopened.rejectedLines()).isEqualTo(1);
    assertThat(reopened.entries(HistoryQuery.latest(5)))
        .extracting(HistoryEntry::id)
        .containsExactly("exec-1");
  }

  @Test
  void editedClearField_failsAuthentication() throws IOException {
    failedRun(open(), "exec-1");
    String text = Files.readString(historyFile(), StandardCharsets.UTF_8);
    Files.writeString(
        historyFile(), text.replace("\"status\":\"Failed\"", "\"status\":\"Success\""));

    ExecutionHistory reopened = open();

    assertThat(reopened.rejectedLines()).isEqualTo(1);
    assertThat(reopened.get("exec-1").orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void lineMovedToAnotherExecution_failsAuthentication() throws IOException {
    ExecutionHistory history = open();
    failedRun(history, "exec-1");
    history.created("exec-2", "conv", PLAN.digest(), PLAN, RISK, "alice", T0);
    List<String> lines = Files.readAllLines(historyFile(), StandardCharsets.UTF_8);
    append(lines.get(2).replace("exec-1", "exec-2")); // exec-1's sealed Failed, under exec-2

    ExecutionHistory reopened = open();

    assertThat(reopened.rejectedLines()).isEqualTo(1);
    assertThat(reopened.get("exec-2").orElseThrow().status()).isEqualTo(ExecutionStatus.PENDING);
  }

  @Test
  void wrongKey_isRefusedBeforeAnythingIsWritten_andTheRightKeyStillReads() throws IOException {
    failedRun(open(), "exec-1");
    byte[] before = Files.readAllBytes(historyFile());

    assertThatThrownBy(
            () ->
                ExecutionHistory.open(
                    dataDir, new AesGcmCipher(KeyRing.of(KeyFiles.newKey())), Clock.systemUTC()))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining(historyFile().toString());

    assertThat(Files.readAllBytes(historyFile())).isEqualTo(before);
    assertThat(open().get("exec-1")).isPresent();
  }

  @Test
  void readingAnEmptyDataDir_createsNoFile() throws IOException {
    ExecutionHistory history = open();

    assertThat(history.entries(HistoryQuery.latest(5))).isEmpty();
    try (var files = Files.list(dataDir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void decisions_carryTheirKind_andQueriesFilterByKindAndDigestPrefix() {
    ExecutionHistory history = open();
    failedRun(history, "exec-1");
    history.created(
        "refused-1", DecisionKind.REFUSED, "conv", PLAN.digest(), PLAN, RISK, "alice", T0);
    history.approvals("refused-1", List.of(new Approval(PLAN.digest(), "alice", T0, null)));
    history.transition(
        "refused-1", new StatusTransition(ExecutionStatus.FAILED, T0, "alice requested the plan"));

    ExecutionHistory reopened = open();

    assertThat(
            reopened.query(
                new HistoryQuery(
                    null, null, null, 10, DecisionKind.REFUSED, PLAN.digest().substring(0, 12))))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(DecisionKind.REFUSED);
              assertThat(r.approvals().get(0).verification()).isEqualTo("unverified");
              assertThat(r.transitions().get(1).detail()).contains("requested the plan");
            });
    assertThat(reopened.query(new HistoryQuery(null, null, null, 10, null, "ffff"))).isEmpty();
    assertThat(reopened.get("exec-1").orElseThrow().kind()).isEqualTo(DecisionKind.EXECUTION);
  }

  @Test
  void goldenVersion1History_isRead_thenNewLinesAreSealed_andOldFormatLinesAfterThemRejected()
      throws IOException {
    KeyRing legacyKey = KeyRing.of(fixtureKey("v1"));
    copyFixture("v1");
    ExecutionHistory legacy = ExecutionHistory.open(dataDir, new AesGcmCipher(legacyKey), clock());

    ExecutionRecord ok = legacy.get("exec-legacy-ok").orElseThrow();
    assertThat(ok.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(ok.kind()).isEqualTo(DecisionKind.EXECUTION);
    assertThat(ok.approvals()).extracting(Approval::approver).containsExactly("bob");
    assertThat(ok.steps().get(0).argv()).contains("i-0legacy");
    assertThat(legacy.get("exec-legacy-failed").orElseThrow().status())
        .isEqualTo(ExecutionStatus.FAILED);

    failedRun(legacy, "exec-new");
    append(
        "{\"v\":1,\"type\":\"transition\",\"id\":\"exec-legacy-failed\","
            + "\"at\":\"2026-11-25T18:09:00Z\",\"status\":\"Success\"}");
    ExecutionHistory reopened =
        ExecutionHistory.open(dataDir, new AesGcmCipher(legacyKey), clock());

    assertThat(reopened.entries(HistoryQuery.latest(10))).hasSize(3);
    assertThat(reopened.get("exec-legacy-failed").orElseThrow().status())
        .isEqualTo(ExecutionStatus.FAILED);
    assertThat(reopened.rejectedLines()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                ExecutionHistory.open(
                    dataDir, new AesGcmCipher(KeyRing.of(KeyFiles.newKey())), clock()))
        .isInstanceOf(CryptoException.class);
  }

  @Test
  void goldenVersion2History_isReadWithKindsAndSignedApprovals() throws IOException {
    copyFixture("v2");
    ExecutionHistory golden =
        ExecutionHistory.open(dataDir, new AesGcmCipher(KeyRing.of(fixtureKey("v2"))), clock());

    assertThat(golden.rejectedLines()).isZero();
    assertThat(golden.get("exec-v2-ok").orElseThrow().status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(golden.get("exec-v2-failed").orElseThrow().status())
        .isEqualTo(ExecutionStatus.FAILED);
    ExecutionRecord refused = golden.get("refused-0000aaaa").orElseThrow();
    assertThat(refused.kind()).isEqualTo(DecisionKind.REFUSED);
    assertThat(refused.approvals().get(0).verification()).isEqualTo("signed (SHA256:fixture)");
    assertThat(refused.transitions().get(1).detail()).contains("cannot approve it");
    assertThat(golden.entries(new HistoryQuery(null, null, null, 10, DecisionKind.REFUSED, null)))
        .extracting(HistoryEntry::id)
        .containsExactly("refused-0000aaaa");
  }

  private void failedRun(ExecutionHistory history, String id) {
    history.created(id, "conv", PLAN.digest(), PLAN, RISK, "alice", T0);
    history.transition(id, new StatusTransition(ExecutionStatus.RUNNING, T0.plusSeconds(1), null));
    history.transition(
        id, new StatusTransition(ExecutionStatus.FAILED, T0.plusSeconds(2), "step 1: exit 255"));
  }

  private void append(String... lines) throws IOException {
    for (String line : lines) {
      Files.writeString(historyFile(), line + "\n", StandardOpenOption.APPEND);
    }
  }

  private Path historyFile() {
    return ExecutionHistory.file(dataDir);
  }

  private ExecutionHistory open() {
    return ExecutionHistory.open(dataDir, new AesGcmCipher(keys), clock());
  }

  private static Clock clock() {
    return Clock.systemUTC();
  }

  private void copyFixture(String version) throws IOException {
    String name = "history/" + ExecutionHistory.FILE_NAME;
    Path target = dataDir.resolve(name);
    Files.createDirectories(target.getParent());
    try (InputStream in = fixture(version + "/" + name)) {
      Files.copy(in, target);
    }
  }

  private static byte[] fixtureKey(String version) throws IOException {
    try (InputStream in = fixture(version + "/key.base64")) {
      return Base64.getDecoder()
          .decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
    }
  }

  private static InputStream fixture(String name) {
    InputStream in =
        HistoryAuthenticationTest.class.getResourceAsStream("/history-fixtures/" + name);
    assertThat(in).as("fixture " + name).isNotNull();
    return in;
  }
}
