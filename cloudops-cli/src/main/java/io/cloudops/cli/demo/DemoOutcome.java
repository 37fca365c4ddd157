package io.cloudops.cli.demo;

import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.history.HistoryQuery;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.StatusTransition;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo's closing line: what really happened to the plan, from the history it left. */
public final class DemoOutcome {

  private DemoOutcome() {}

  /**
   * @param code the exit code of {@code cloudops execute}
   * @param approvedWithYes whether the demo approved the plan itself
   */
  public static String describe(
      Path dataDir, Map<String, String> env, int code, boolean approvedWithYes) {
    Optional<ExecutionRecord> last = last(dataDir, env);
    if (last.isEmpty()) {
      return "the plan did not run (exit " + code + "): see the error above";
    }
    ExecutionRecord record = last.get();
    List<StatusTransition> transitions = record.transitions();
    String detail = transitions.get(transitions.size() - 1).detail();
    DecisionKind kind = record.kind() == null ? DecisionKind.EXECUTION : record.kind();
    return switch (kind) {
      case APPROVAL_REQUIRED ->
          approvedWithYes
              ? "the plan did not run: it was not approved (" + detail + ")"
              : "the plan did not run: it needs an approval; rerun with --yes to approve it"
                  + " without a terminal";
      case REFUSED -> "the plan did not run: it was refused (" + detail + ")";
      case DRY_RUN -> "the plan was only dry-run; nothing changed";
      case EXECUTION ->
          record.status() == ExecutionStatus.SUCCESS
              ? "done: the idle dev instances are stopped, and the run is in the history."
              : "the plan ran and ended "
                  + record.status()
                  + " after "
                  + record.steps().size()
                  + " step(s)"
                  + (detail == null ? "" : ": " + detail)
                  + "; 'cloudops history "
                  + record.id()
                  + "' shows what ran";
    };
  }

  private static Optional<ExecutionRecord> last(Path dataDir, Map<String, String> env) {
    return KeyFiles.loadRingIfPresent(dataDir, env)
        .flatMap(
            ring ->
                ExecutionHistory.open(dataDir, new AesGcmCipher(ring), Clock.systemUTC())
                    .query(HistoryQuery.latest(1))
                    .stream()
                    .findFirst());
  }
}
