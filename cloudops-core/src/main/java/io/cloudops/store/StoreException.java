package io.cloudops.store;

import io.cloudops.CloudOpsException;
import io.cloudops.Setting;

/** The store cannot be opened or used: in use by another process, damaged, or of unknown layout. */
public final class StoreException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message, Setting setting, Throwable cause) {
    super(message, setting, cause);
  }
}
