package io.cloudops.cli;

/** Ends a command with a given exit code and one line of explanation. */
public final class CliExit extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int code;

  public CliExit(int code, String message) {
    super(message);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
