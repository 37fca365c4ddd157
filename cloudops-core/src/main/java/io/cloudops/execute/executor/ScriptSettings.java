package io.cloudops.execute.executor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How script steps run. Scripts are disabled unless an interpreter is configured.
 *
 * @param interpreter the interpreter's argv, e.g. {@code [/bin/sh]}; the script file is appended
 * @param workingDir where the script runs; null: the execution's private sandbox
 * @param timeout how long a script may run
 * @param environment the script's whole environment: nothing else is passed
 */
public record ScriptSettings(
    List<String> interpreter, Path workingDir, Duration timeout, Map<String, String> environment) {

  public ScriptSettings {
    interpreter = List.copyOf(interpreter);
    Objects.requireNonNull(timeout, "timeout");
    environment = Map.copyOf(environment);
    if (interpreter.isEmpty()) {
      throw new IllegalArgumentException("a script interpreter is required");
    }
  }

  @Override
  public String toString() {
    return "ScriptSettings[interpreter="
        + interpreter
        + ", variables="
        + environment.keySet()
        + "]";
  }
}
