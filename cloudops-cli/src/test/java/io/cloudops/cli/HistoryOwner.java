package io.cloudops.cli;

import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StatusTransition;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A process that owns a running execution in a data dir's history, as {@code cloudops execute} does
 * while a step runs: it records the execution as Running, starts a child process (as the step's
 * {@code aws} process), prints {@code running <id> child <pid>} and waits to be stopped. Started in
 * its own JVM by {@code ConsoleCommandIT}.
 */
public final class HistoryOwner {

  private HistoryOwner() {}

  /** Records a one-step, low-risk execution asked by alice as Running, as the engine would. */
  static void recordRunning(ExecutionHistory history, String id, String contextId) {
    ExecutionPlan plan =
        new ExecutionPlan(
            List.of(
                new PlannedStep(
                    "s1",
                    "sqs",
                    List.of("list-queues"),
                    "list queues",
                    null,
                    null,
                    null,
                    null,
                    null)),
            null);
    history.created(
        id,
        contextId,
        plan.digest(),
        plan,
        new RiskAssessment(RiskLevel.LOW, "read only", List.of("reads only")),
        "alice",
        Instant.now());
    history.transition(id, new StatusTransition(ExecutionStatus.RUNNING, Instant.now(), null));
  }

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    String id = args[1];
    ExecutionHistory history =
        ExecutionHistory.open(
            dataDir,
            new AesGcmCipher(KeyFiles.loadRing(dataDir, System.getenv())),
            Clock.systemUTC());
    recordRunning(history, id, "cancel-me");
    Process child = new ProcessBuilder("sleep", "600").start();
    System.out.println("running " + id + " child " + child.pid());
    System.out.flush();
    child.waitFor();
  }
}
