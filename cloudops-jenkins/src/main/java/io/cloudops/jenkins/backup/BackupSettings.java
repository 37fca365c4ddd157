package io.cloudops.jenkins.backup;

import java.util.Objects;
import java.util.Optional;

/**
 * The backup part of the global configuration.
 *
 * @param bucket the S3 bucket; no backups without one
 * @param schedule the cron schedule, e.g. {@code H 2 * * *}; no backups without one
 * @param keep how many backups retention keeps (at least 1)
 */
public record BackupSettings(Optional<String> bucket, Optional<String> schedule, int keep) {

  public BackupSettings {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(schedule, "schedule");
    bucket = bucket.map(String::strip).filter(b -> !b.isEmpty());
    schedule = schedule.map(String::strip).filter(s -> !s.isEmpty());
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1, not " + keep);
    }
  }

  /** Whether both a bucket and a schedule are set. */
  public boolean configured() {
    return bucket.isPresent() && schedule.isPresent();
  }
}
