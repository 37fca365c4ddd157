package io.cloudops.execute;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.history.HistoryQuery;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.StatusTransition;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history survives kill -9 of the JVM running a plan, and shows that run as Failed. */
class HistoryCrashIT {

  @TempDir Path dataDir;

  @Test
  void killMinus9MidRun_nextOpenShowsTheRunAsFailed() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HistoryCrashChild.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    String executionId;
    List<ProcessHandle> descendants;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      while (line != null && !line.endsWith(" started")) {
        line = out.readLine();
      }
      assertThat(line).as("the child printed its script's first line").isNotNull();
      executionId = line.substring(0, line.indexOf(' '));
      descendants = child.descendants().toList();
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.descendants().forEach(ProcessHandle::destroyForcibly);
    }
    descendants.forEach(ProcessHandle::destroyForcibly);
    assertThat(child.exitValue()).isEqualTo(137);

    ExecutionHistory history = TestEngines.history(dataDir);

    ExecutionRecord record = history.get(executionId).orElseThrow();
    assertThat(record.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(record.transitions())
        .extracting(StatusTransition::status)
        .containsSubsequence(ExecutionStatus.RUNNING, ExecutionStatus.FAILED);
    assertThat(record.transitions().get(record.transitions().size() - 1).detail())
        .contains("interrupted");
    assertThat(history.query(new HistoryQuery(null, ExecutionStatus.FAILED, null, 10)))
        .extracting(ExecutionRecord::id)
        .containsExactly(executionId);
    assertThat(history.query(new HistoryQuery(null, ExecutionStatus.RUNNING, null, 10))).isEmpty();
  }
}
