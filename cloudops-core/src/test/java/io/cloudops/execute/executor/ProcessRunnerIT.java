package io.cloudops.execute.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: streaming, masking, timeout and cancel killing the whole tree. */
class ProcessRunnerIT {

  @TempDir Path dir;
  private final ProcessRunner runner = new ProcessRunner();

  @Test
  void output_isStreamedLineByLine_andMasked() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();

    ProcessOutcome outcome =
        runner.run(
            List.of("/bin/sh", "-c", "echo one; echo \"key=$K\"; echo three >&2; exit 3"),
            Map.of("K", "s3cr3t-value"),
            dir,
            Duration.ofSeconds(20),
            new Cancellation(),
            new SecretMasker(List.of(Secret.of("s3cr3t-value"))),
            lines::add);

    assertThat(outcome.exitCode()).isEqualTo(3);
    assertThat(lines).containsExactly("one", "key=****", "three");
    assertThat(outcome.excerpt()).doesNotContain("s3cr3t").contains("key=****");
    assertThat(outcome.sha256()).hasSize(64);
  }

  @Test
  void environment_isExactlyWhatWasGiven() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();

    runner.run(
        List.of("/usr/bin/env"),
        Map.of("ONLY", "this"),
        dir,
        Duration.ofSeconds(20),
        new Cancellation(),
        SecretMasker.none(),
        lines::add);

    assertThat(lines).containsExactly("ONLY=this");
  }

  @Test
  void timeout_killsTheProcessAndItsChildren() throws Exception {
    Path pids = dir.resolve("pids");

    ProcessOutcome outcome =
        runner.run(
            List.of("/bin/sh", "-c", "sleep 60 & echo $! > " + pids + "; echo started; wait"),
            Map.of(),
            dir,
            Duration.ofMillis(1500),
            new Cancellation(),
            SecretMasker.none(),
            line -> {});

    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.exitCode()).isEqualTo(-1);
    assertDead(Long.parseLong(Files.readString(pids).trim()));
  }

  @Test
  void cancel_killsTheProcessAndItsChildren() throws Exception {
    Path pids = dir.resolve("pids");
    Cancellation cancellation = new Cancellation();
    CompletableFuture<ProcessOutcome> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return runner.run(
                    List.of(
                        "/bin/sh", "-c", "sleep 60 & echo $! > " + pids + "; echo started; wait"),
                    Map.of(),
                    dir,
                    Duration.ofSeconds(60),
                    cancellation,
                    SecretMasker.none(),
                    line -> cancellation.cancel());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });

    ProcessOutcome outcome = run.get(30, TimeUnit.SECONDS);

    assertThat(outcome.cancelled()).isTrue();
    assertThat(outcome.timedOut()).isFalse();
    assertDead(Long.parseLong(Files.readString(pids).trim()));
  }

  private static void assertDead(long pid) throws InterruptedException {
    for (int i = 0;
        i < 50 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        i++) {
      Thread.sleep(100);
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .as("child process %d is dead", pid)
        .isFalse();
  }
}
