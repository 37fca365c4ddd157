package io.cloudops.execute.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.console.ExecutionFollower;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StatusTransition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveOutputTest {

  private static final Instant T0 = Instant.parse("2026-12-01T18:00:00Z");
  private static final ExecutionPlan PLAN =
      new ExecutionPlan(List.of(PlannedStep.awsCli("s1", "sqs", List.of("list-queues"), "")), null);

  @TempDir Path dataDir;
  private final KeyRing keys = KeyRing.of(KeyFiles.newKey());

  private ExecutionHistory open() {
    return ExecutionHistory.open(dataDir, new AesGcmCipher(keys), Clock.systemUTC());
  }

  private static void running(ExecutionHistory history, String id) {
    history.created(
        id, "c", PLAN.digest(), PLAN, new RiskAssessment(RiskLevel.LOW, "", List.of()), "a", T0);
    history.transition(id, new StatusTransition(ExecutionStatus.RUNNING, T0, null));
  }

  @Test
  void lines_readByAnotherReader_fromAnOffset_encryptedOnDisk_andGoneWhenTheRunEnds()
      throws Exception {
    ExecutionHistory engine = open();
    running(engine, "exec-live-1");
    engine.live().append("exec-live-1", "s1", "queue shop-orders");
    engine.live().append("exec-live-1", "s1", "queue shop-invoices");

    ExecutionHistory console = open();
    assertThat(console.live().read("exec-live-1", 0))
        .containsExactly(
            new LiveOutput.Line("s1", "queue shop-orders"),
            new LiveOutput.Line("s1", "queue shop-invoices"));
    assertThat(console.live().read("exec-live-1", 1))
        .containsExactly(new LiveOutput.Line("s1", "queue shop-invoices"));
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("shop-orders");
      }
    }

    engine.transition("exec-live-1", new StatusTransition(ExecutionStatus.SUCCESS, T0, null));

    assertThat(console.live().read("exec-live-1", 0)).isEmpty();
    try (Stream<Path> files = Files.list(dataDir.resolve("history").resolve("live"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void follower_turnsNewLinesIntoLineEvents_beforeTheStepAndStatusEvents() {
    ExecutionHistory history = open();
    running(history, "exec-live-2");
    history.live().append("exec-live-2", "s1", "first");
    ExecutionFollower follower = new ExecutionFollower();

    List<ExecutionFollower.Event> first =
        follower.poll(
            history.get("exec-live-2").orElseThrow(),
            history.live().read("exec-live-2", follower.linesSeen()));
    history.live().append("exec-live-2", "s1", "second");
    List<ExecutionFollower.Event> second =
        follower.poll(
            history.get("exec-live-2").orElseThrow(),
            history.live().read("exec-live-2", follower.linesSeen()));

    assertThat(first).extracting(ExecutionFollower.Event::name).startsWith("line");
    assertThat(first.get(0).data().get("text").asText()).isEqualTo("first");
    assertThat(second)
        .singleElement()
        .satisfies(e -> assertThat(e.data().get("text").asText()).isEqualTo("second"));
  }
}
