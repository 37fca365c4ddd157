package io.cloudops.jenkins.backup;

import io.cloudops.backup.BackupInfo;
import io.cloudops.backup.CreateResult;
import io.cloudops.jenkins.backup.BackupState.LastRun;
import io.cloudops.jenkins.backup.BackupState.Outcome;
import io.cloudops.jenkins.spi.BackupRunner;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decides, once a minute, whether a scheduled backup is due and runs it: due when a time of the
 * schedule ({@link BackupSchedule}: Jenkins's cron syntax, {@code H} seeded with the bucket name,
 * in the clock's zone) lies after the last run's start (or, before the first run, after the time
 * the controller started following the schedule) and at or before now. Several missed times (the
 * controller was down) make one run. Each run's start, end and outcome are recorded in the {@link
 * BackupStateFile} before the next check, so a restart neither misses nor repeats a run; a failed
 * run is recorded and the schedule goes on. Each run, and each problem with the settings, is one
 * line in the log.
 */
public final class ScheduledBackups {

  /** What one check did. */
  public enum Check {
    /** No bucket or no schedule: nothing to do. */
    NOT_CONFIGURED,
    /** The schedule does not parse; logged. */
    INVALID_SCHEDULE,
    /** No state yet: the schedule is followed from now on. */
    STARTED_FOLLOWING,
    /** No scheduled time since the last run. */
    NOT_DUE,
    /** A backup ran and was uploaded. */
    CREATED,
    /** A backup ran and failed; recorded and logged. */
    FAILED
  }

  static final String PREFIX = "CloudOps backup: ";

  private final BackupStateFile stateFile;
  private final BackupRunner runner;
  private final Clock clock;
  private final BackupSchedule.Parser schedules;

  /**
   * @param clock the current time, and the zone whose local times the schedule describes
   */
  public ScheduledBackups(BackupStateFile stateFile, BackupRunner runner, Clock clock) {
    this(stateFile, runner, clock, JenkinsCronSchedule::parse);
  }

  /**
   * @param schedules reads the schedule (Jenkins's cron parser in Jenkins)
   */
  ScheduledBackups(
      BackupStateFile stateFile,
      BackupRunner runner,
      Clock clock,
      BackupSchedule.Parser schedules) {
    this.schedules = Objects.requireNonNull(schedules, "schedules");
    this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs a backup when one is due and records it.
   *
   * @param log receives at most one line per check (a run, or a problem with the settings)
   * @throws IOException when the state file cannot be written (the message names it)
   */
  public Check check(BackupSettings settings, Consumer<String> log) throws IOException {
    if (!settings.configured()) {
      return Check.NOT_CONFIGURED;
    }
    String bucket = settings.bucket().orElseThrow();
    BackupSchedule schedule;
    try {
      schedule = schedules.parse(settings.schedule().orElseThrow(), bucket);
    } catch (IllegalArgumentException e) {
      log.accept(
          PREFIX
              + "no backups run: "
              + e.getMessage()
              + ". Fix 'Backup schedule' in Manage Jenkins, System, CloudOps");
      return Check.INVALID_SCHEDULE;
    }
    Instant now = clock.instant();
    Optional<BackupState> stored = read(log);
    if (stored.isEmpty()) {
      write(BackupState.startingAt(now));
      log.accept(
          PREFIX
              + "following the schedule '"
              + schedule.expression()
              + "' for s3://"
              + bucket
              + " from "
              + now
              + "; the state is kept in "
              + stateFile.path());
      return Check.STARTED_FOLLOWING;
    }
    BackupState state = stored.get();
    if (!schedule.dueBetween(state.handledUntil(), now, clock.getZone())) {
      return Check.NOT_DUE;
    }
    Outcome outcome;
    String line;
    try {
      CreateResult result = runner.create(bucket, settings.keep());
      outcome = new Outcome.Created(result.created().key());
      line = describe(bucket, result, settings.keep());
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      outcome = new Outcome.Failed(message);
      line = "CloudOps backup failed: " + message;
    }
    log.accept(line);
    write(state.after(new LastRun(now, clock.instant(), outcome)));
    return outcome instanceof Outcome.Created ? Check.CREATED : Check.FAILED;
  }

  /** The stored state; an unreadable file is reported and the schedule followed from now on. */
  private Optional<BackupState> read(Consumer<String> log) {
    try {
      return stateFile.read();
    } catch (IOException e) {
      log.accept(PREFIX + e.getMessage() + "; starting over (the file is replaced)");
      return Optional.empty();
    }
  }

  private void write(BackupState state) throws IOException {
    try {
      stateFile.write(state);
    } catch (IOException e) {
      throw new IOException(
          PREFIX
              + "cannot record the state in "
              + stateFile.path()
              + " ("
              + e
              + "); check that JENKINS_HOME is writable. Until it is, a due backup is tried on"
              + " every check",
          e);
    }
  }

  private static String describe(String bucket, CreateResult result, int keep) {
    BackupInfo created = result.created();
    StringBuilder line =
        new StringBuilder(PREFIX)
            .append("created s3://")
            .append(bucket)
            .append('/')
            .append(created.key())
            .append(" (")
            .append(created.size())
            .append(" bytes, schema ")
            .append(created.schemaVersion())
            .append(", ")
            .append(created.serverSideEncryption())
            .append("); keeping the newest ")
            .append(keep);
    if (!result.deleted().isEmpty()) {
      line.append(", deleted ").append(result.deleted().size()).append(" older");
    }
    return line.toString();
  }
}
