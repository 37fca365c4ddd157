package hudson;

import java.io.IOException;

/** Stand-in of Jenkins' AbortException: a build failure with a message and no stack trace. */
public class AbortException extends IOException {
  private static final long serialVersionUID = 1L;

  public AbortException() {}

  public AbortException(String message) {
    super(message);
  }
}
