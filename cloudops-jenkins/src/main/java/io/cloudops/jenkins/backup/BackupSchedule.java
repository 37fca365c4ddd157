package io.cloudops.jenkins.backup;

import java.time.Instant;
import java.time.ZoneId;

/** When scheduled backups are due: the administrator's schedule, as Jenkins reads it. */
public interface BackupSchedule {

  /** The schedule as written. */
  String expression();

  /**
   * Whether a minute of the schedule lies after {@code after} and at or before {@code now}, read as
   * local times of {@code zone}.
   */
  boolean dueBetween(Instant after, Instant now, ZoneId zone);

  /** Reads a schedule; {@code H} is seeded with {@code seed}. */
  @FunctionalInterface
  interface Parser {
    /**
     * @throws IllegalArgumentException with the parser's one-line reason when it cannot be read
     */
    BackupSchedule parse(String expression, String seed);
  }
}
