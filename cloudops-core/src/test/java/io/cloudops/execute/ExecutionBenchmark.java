package io.cloudops.execute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.execute.executor.Cancellation;
import io.cloudops.execute.executor.ProcessRunner;
import io.cloudops.execute.executor.SecretMasker;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.risk.RiskAssessor;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StatusTransition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the cost of the gate and the history against baselines measured in the same run. Run with
 * {@code ./mvnw -B -o verify -pl cloudops-core -am -Dtest=ExecutionBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}.
 */
@Tag("benchmark")
class ExecutionBenchmark {

  @TempDir Path dir;

  @Test
  void riskAssessment_versusPlanDigest() {
    List<PlannedStep> steps = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      steps.add(
          PlannedStep.awsCli(
              "s" + i,
              i % 2 == 0 ? "ec2" : "s3api",
              List.of(
                  i % 2 == 0 ? "stop-instances" : "delete-object",
                  i % 2 == 0 ? "--instance-ids" : "--bucket",
                  "i-0000000" + i),
              ""));
    }
    ExecutionPlan plan = new ExecutionPlan(steps, null);
    RiskAssessor assessor = RiskAssessor.withDefaults();
    int rounds = 2_000;
    double digest = perOpMicros(rounds, () -> plan.digest());
    double assess = perOpMicros(rounds, () -> assessor.assess(plan, null));
    System.out.printf(
        "BENCHMARK risk: 20-step plan assessed in %.1f us; plan digest %.1f us; ratio %.2f%n",
        assess, digest, assess / digest);
    assertThat(assessor.assess(plan, null).level()).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void historyAppend_fsyncedAndEncrypted_versusPlainAppend() throws IOException {
    ExecutionHistory history =
        ExecutionHistory.open(
            dir, new AesGcmCipher(KeyRing.of(KeyFiles.newKey())), Clock.systemUTC());
    ExecutionPlan plan =
        new ExecutionPlan(
            List.of(PlannedStep.awsCli("1", "ec2", List.of("stop-instances"), "")), null);
    history.created(
        "exec-b",
        "c",
        plan.digest(),
        plan,
        new RiskAssessment(RiskLevel.MEDIUM, "", List.of()),
        "a",
        Instant.now());
    int rounds = 300;
    Path plain = dir.resolve("plain.log");
    double baseline =
        perOpMicros(
            rounds,
            () -> {
              try {
                Files.writeString(
                    plain,
                    "{\"v\":1,\"type\":\"transition\",\"status\":\"Running\"}\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    double synced =
        perOpMicros(
            rounds,
            () -> {
              try (FileChannel channel =
                  FileChannel.open(plain, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap("x\n".getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    double event =
        perOpMicros(
            rounds,
            () ->
                history.transition(
                    "exec-b",
                    new StatusTransition(ExecutionStatus.RUNNING, Instant.now(), "detail")));
    System.out.printf(
        "BENCHMARK history: event append %.0f us (locked, encrypted, fsync'd); plain append %.0f us"
            + " (ratio %.1f); bare fsync'd append %.0f us (ratio %.2f)%n",
        event, baseline, event / baseline, synced, event / synced);
    assertThat(history.get("exec-b")).isPresent();
  }

  @Test
  void historyOpen_authenticatingEveryLine_versusParsingTheLines() throws IOException {
    KeyRing key = KeyRing.of(KeyFiles.newKey());
    ExecutionHistory history = ExecutionHistory.open(dir, new AesGcmCipher(key), Clock.systemUTC());
    ExecutionPlan plan =
        new ExecutionPlan(
            List.of(PlannedStep.awsCli("1", "ec2", List.of("stop-instances"), "")), null);
    RiskAssessment risk = new RiskAssessment(RiskLevel.MEDIUM, "", List.of("a reason"));
    int runs = 1_000;
    for (int i = 0; i < runs; i++) {
      history.created("exec-" + i, "c", plan.digest(), plan, risk, "a", Instant.now());
      history.transition(
          "exec-" + i, new StatusTransition(ExecutionStatus.SUCCESS, Instant.now(), null));
    }
    Path file = ExecutionHistory.file(dir);
    int rounds = 20;
    double parse =
        perOpMicros(
            rounds,
            () -> {
              try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                  Json.mapper().readTree(line);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    double open =
        perOpMicros(
            rounds, () -> ExecutionHistory.open(dir, new AesGcmCipher(key), Clock.systemUTC()));
    System.out.printf(
        "BENCHMARK history open: %d lines authenticated in %.1f ms; reading and parsing them %.1f"
            + " ms; ratio %.2f%n",
        runs * 2, open / 1000, parse / 1000, open / parse);
    assertThat(ExecutionHistory.open(dir, new AesGcmCipher(key), Clock.systemUTC()).rejectedLines())
        .isZero();
  }

  @Test
  void processRunner_versusBareProcessBuilder() throws Exception {
    ProcessRunner runner = new ProcessRunner();
    int rounds = 30;
    double bare =
        perOpMicros(
            rounds,
            () -> {
              try {
                new ProcessBuilder("/bin/true").start().waitFor();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    double managed =
        perOpMicros(
            rounds,
            () -> {
              try {
                runner.run(
                    List.of("/bin/true"),
                    Map.of(),
                    dir,
                    Duration.ofSeconds(10),
                    new Cancellation(),
                    SecretMasker.none(),
                    line -> {});
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    System.out.printf(
        "BENCHMARK process: managed run %.0f us; bare ProcessBuilder %.0f us; ratio %.2f%n",
        managed, bare, managed / bare);
    assertThat(managed).isPositive();
  }

  private static double perOpMicros(int rounds, Runnable op) {
    for (int i = 0; i < Math.max(10, rounds / 10); i++) {
      op.run();
    }
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      op.run();
    }
    return (System.nanoTime() - start) / 1_000.0 / rounds;
  }
}
