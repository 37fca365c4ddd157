package io.cloudops.cli;

/** The exit codes of {@code cloudops}: a public interface that scripts depend on. */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;

  /** The command failed (AWS, store, server, I/O). */
  public static final int FAILURE = 1;

  /** The command line or a setting was wrong. */
  public static final int USAGE = 2;

  /** The plan needs an approval it does not have, or it was denied. */
  public static final int APPROVAL = 3;

  private ExitCodes() {}
}
