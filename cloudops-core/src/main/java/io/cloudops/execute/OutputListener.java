package io.cloudops.execute;

/** Receives each line of output of a running execution as it arrives (secrets masked). */
@FunctionalInterface
public interface OutputListener {

  void line(String executionId, String stepId, String line);

  static OutputListener none() {
    return (id, step, line) -> {};
  }
}
