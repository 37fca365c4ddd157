package io.cloudops.jenkins.backup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the controller remembers about scheduled backups across restarts ({@link BackupStateFile}).
 *
 * @param since when this controller started following the schedule; scheduled times before it are
 *     not made up
 * @param lastRun the latest run, if there was one
 */
public record BackupState(Instant since, Optional<LastRun> lastRun) {

  public BackupState {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(lastRun, "lastRun");
  }

  /** A state that follows the schedule from now on. */
  public static BackupState startingAt(Instant now) {
    return new BackupState(now, Optional.empty());
  }

  /**
   * Scheduled times after this instant are still to run: the last run's start, else {@link #since}.
   */
  public Instant handledUntil() {
    return lastRun.map(LastRun::startedAt).orElse(since);
  }

  /** This state with a new last run. */
  public BackupState after(LastRun run) {
    return new BackupState(since, Optional.of(run));
  }

  /**
   * One run.
   *
   * @param startedAt when the run was decided and started (the scheduled times up to here are done)
   * @param finishedAt when it ended
   */
  public record LastRun(Instant startedAt, Instant finishedAt, Outcome outcome) {
    public LastRun {
      Objects.requireNonNull(startedAt, "startedAt");
      Objects.requireNonNull(finishedAt, "finishedAt");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** How a run ended. */
  public sealed interface Outcome {

    /** A backup was uploaded, with this object key. */
    record Created(String backupKey) implements Outcome {
      public Created {
        Objects.requireNonNull(backupKey, "backupKey");
      }
    }

    /** No backup was made; the message says why (it names no secret). */
    record Failed(String message) implements Outcome {
      public Failed {
        Objects.requireNonNull(message, "message");
      }
    }
  }
}
