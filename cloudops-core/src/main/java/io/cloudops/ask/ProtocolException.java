package io.cloudops.ask;

import io.cloudops.CloudOpsException;

/**
 * The planning server's answer broke protocol v1. Nothing of it is stored as an answer and nothing
 * of it can be executed.
 */
public final class ProtocolException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super("planning server sent an invalid answer: " + message);
  }

  public ProtocolException(String message, Throwable cause) {
    super("planning server sent an invalid answer: " + message, cause);
  }
}
