package io.cloudops.jenkins;

import io.cloudops.Secret;
import io.cloudops.log.MessageLog;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The build log as the steps write it: every line passes through the masks of the secrets the step
 * handles, and each line is prefixed so CloudOps output is easy to find.
 */
public final class BuildLog {

  private static final String PREFIX = "[cloudops] ";

  private final PrintStream out;
  private final List<Secret> secrets = new ArrayList<>();

  public BuildLog(PrintStream out) {
    this.out = out;
  }

  /** Masks this secret in everything printed from now on. */
  public BuildLog mask(Secret secret) {
    if (secret != null && !secret.isEmpty()) {
      secrets.add(secret);
    }
    return this;
  }

  public void println(String line) {
    out.println(PREFIX + mask(line));
  }

  /** Prints what the library collected, once. */
  public void print(MessageLog messages) {
    for (MessageLog.Entry entry : messages.entries()) {
      println(
          entry.severity() == MessageLog.Severity.INFO
              ? entry.text()
              : entry.severity() + ": " + entry.text());
    }
  }

  /** The text with every known secret replaced by a mask. */
  public String mask(String text) {
    String masked = text;
    for (Secret secret : secrets) {
      masked = secret.maskIn(masked);
    }
    return masked;
  }
}
