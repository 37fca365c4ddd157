package io.cloudops.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Automatic backups: {@link BackupManager#create} every interval on one daemon thread, keeping the
 * newest {@code keep}. A failed run is recorded in {@link #status()} and the next run goes ahead;
 * runs never overlap. For embedding the library; the Jenkins plugin does not use it (it runs {@link
 * BackupManager#create} when a {@link CronSchedule} is due).
 */
public final class BackupScheduler implements AutoCloseable {

  /**
   * The outcome of the runs so far.
   *
   * @param runs how many runs finished (successful or not)
   * @param lastBackup the newest backup a run created, if any
   * @param lastFailure the message of the latest run, when it failed
   * @param lastRunAt when the latest run finished
   */
  public record Status(
      int runs,
      Optional<BackupInfo> lastBackup,
      Optional<String> lastFailure,
      Optional<Instant> lastRunAt) {}

  private final BackupManager manager;
  private final Duration interval;
  private final int keep;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private Status status = new Status(0, Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * @param interval time between runs (at least one second)
   * @param keep how many backups retention keeps (at least 1)
   */
  public BackupScheduler(BackupManager manager, Duration interval, int keep, Clock clock) {
    this.manager = Objects.requireNonNull(manager, "manager");
    this.interval = Objects.requireNonNull(interval, "interval");
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("The backup interval must be at least 1s: " + interval);
    }
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1: " + keep);
    }
    this.keep = keep;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "cloudops-backup");
              t.setDaemon(true);
              return t;
            });
  }

  /** Schedules the runs: the first after {@code initialDelay}, then one every interval. */
  public void start(Duration initialDelay) {
    executor.scheduleWithFixedDelay(
        this::runOnce, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs one backup now (on the calling thread) and records the outcome. */
  public synchronized Status runOnce() {
    Optional<BackupInfo> created = status.lastBackup();
    Optional<String> failure;
    try {
      created = Optional.of(manager.create(keep).created());
      failure = Optional.empty();
    } catch (RuntimeException e) {
      failure = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
    }
    status = new Status(status.runs() + 1, created, failure, Optional.of(clock.instant()));
    return status;
  }

  /** The outcome of the runs so far. */
  public synchronized Status status() {
    return status;
  }

  /** Stops scheduling; waits briefly for a run in progress. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
