package io.cloudops.jenkins;

import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A TaskListener that keeps the log in memory. */
public final class TestListener implements TaskListener {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Override
  public PrintStream getLogger() {
    return out;
  }

  public String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
