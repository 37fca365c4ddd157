package io.cloudops.execute.executor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts the processes of AWS CLI steps: on this machine ({@link #sandboxed}), or elsewhere (the
 * Jenkins plugin starts them on the agent of the enclosing {@code node {}}). Paths are on the
 * machine the process runs on.
 */
public interface ProcessLauncher {

  /**
   * Runs one process to its end, from an argument list (never a shell string).
   *
   * @param env the environment the process needs (credentials, region, HOME)
   * @param workDir the run's private directory on the machine the process runs on
   * @param lines receives each masked output line as it arrives
   * @throws IOException when the process cannot be started
   */
  ProcessOutcome run(
      List<String> argv,
      Map<String, String> env,
      Path workDir,
      Duration timeout,
      Cancellation cancellation,
      SecretMasker masker,
      Consumer<String> lines)
      throws IOException;

  /** Creates a directory (and its parents) where the processes run. */
  default void createDirectories(Path dir) throws IOException {
    Files.createDirectories(dir);
  }

  /**
   * Processes on this machine through {@code runner}, inside bubblewrap when it works here ({@link
   * ProcessSandbox}), with nothing of this process's environment inherited.
   */
  static ProcessLauncher sandboxed(ProcessRunner runner) {
    return (argv, env, workDir, timeout, cancellation, masker, lines) ->
        runner.run(
            ProcessSandbox.wrap(argv, workDir, List.of()),
            env,
            workDir,
            timeout,
            cancellation,
            masker,
            lines);
  }
}
