package io.cloudops.backup;

import io.cloudops.CloudOpsException;
import io.cloudops.Setting;

/** A backup or restore failed; the message says what to do. Current data is left as it was. */
public class BackupException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }

  public BackupException(String message, Setting setting, Throwable cause) {
    super(message, setting, cause);
  }
}
