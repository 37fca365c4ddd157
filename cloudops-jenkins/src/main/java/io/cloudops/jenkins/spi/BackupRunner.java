package io.cloudops.jenkins.spi;

import hudson.AbortException;
import io.cloudops.backup.CreateResult;
import java.io.IOException;

/**
 * Makes one backup of the controller's store to S3 and applies retention (implemented over the
 * core's {@link io.cloudops.backup.BackupManager}).
 */
public interface BackupRunner {

  /**
   * Backs the store up to the bucket, then deletes all but the newest {@code keep} backups there.
   *
   * @throws IOException an {@link AbortException} with a one-line message that names no secret,
   *     when the backup cannot be made
   */
  CreateResult create(String bucket, int keep) throws IOException;
}
