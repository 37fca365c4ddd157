package io.cloudops.ask;

import io.cloudops.CloudOpsException;
import io.cloudops.Setting;

/** The planning server could not be reached or refused the request. */
public final class PlanningServerException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public PlanningServerException(String message, int status) {
    super(message);
    this.status = status;
  }

  public PlanningServerException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
  }

  /** The last HTTP status, or -1 when no answer came. */
  public int status() {
    return status;
  }

  public PlanningServerException(String message, int status, Setting setting) {
    super(message, setting);
    this.status = status;
  }
}
