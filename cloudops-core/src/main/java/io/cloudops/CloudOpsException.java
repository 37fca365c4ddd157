package io.cloudops;

/**
 * A failure the user can act on. The message is one line: what went wrong, for which resource or
 * setting, and what to do about it.
 */
public class CloudOpsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CloudOpsException(String message) {
    super(message);
  }

  public CloudOpsException(String message, Throwable cause) {
    super(message, cause);
  }
}
