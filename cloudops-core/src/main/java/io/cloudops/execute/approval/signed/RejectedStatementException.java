package io.cloudops.execute.approval.signed;

import io.cloudops.CloudOpsException;

/** A signed statement that does not count; the message says why. */
public final class RejectedStatementException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  public RejectedStatementException(String message) {
    super(message);
  }
}
