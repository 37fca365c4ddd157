package io.cloudops.console;

import io.cloudops.CloudOpsException;

/** A request the API answers with an HTTP error status and a one-line message. */
public final class ApiException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static ApiException notFound(String what) {
    return new ApiException(404, what + " not found");
  }
}
