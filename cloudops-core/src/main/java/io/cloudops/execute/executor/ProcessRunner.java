package io.cloudops.execute.executor;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one process from an argument list (never a shell string) with exactly the given environment,
 * no standard input, a timeout and cancellation. Output (standard error merged into standard
 * output) is masked and streamed line by line; timeout and cancel kill the whole process tree.
 */
public final class ProcessRunner {

  private static final Duration DRAIN = Duration.ofSeconds(5);

  /**
   * Runs a process to its end.
   *
   * @param env the whole environment of the process; nothing is inherited
   * @param lines receives each masked output line as it arrives
   * @throws IOException when the process cannot be started
   */
  public ProcessOutcome run(
      List<String> argv,
      Map<String, String> env,
      Path workDir,
      Duration timeout,
      Cancellation cancellation,
      SecretMasker masker,
      Consumer<String> lines)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(argv)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().clear();
    builder.environment().putAll(env);
    OutputCapture capture = new OutputCapture(OutputCapture.DEFAULT_LIMIT);
    Process process = builder.start();
    Thread reader =
        new Thread(
            () -> drain(process, masker, capture, lines), "cloudops-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
    Runnable unregister = cancellation.onCancel(() -> killTree(process));
    boolean finished;
    try {
      finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      killTree(process);
      Thread.currentThread().interrupt();
      finished = false;
    } finally {
      unregister.run();
    }
    boolean timedOut = !finished && !cancellation.isCancelled();
    if (!finished) {
      killTree(process);
    }
    int exitCode = awaitExit(process);
    joinReader(reader, process);
    boolean cancelled = cancellation.isCancelled() && (!finished || exitCode != 0);
    return new ProcessOutcome(
        finished && !cancelled ? exitCode : -1,
        timedOut,
        cancelled,
        capture.excerpt(),
        capture.sha256());
  }

  /** Kills a process and every descendant it started (collected before the parent dies). */
  public static void killTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  private static void drain(
      Process process, SecretMasker masker, OutputCapture capture, Consumer<String> lines) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String masked = masker.mask(line);
        capture.line(masked);
        lines.accept(masked);
      }
    } catch (IOException closed) {
      // the process was killed and its pipe closed: what was read is kept
    }
  }

  private static int awaitExit(Process process) {
    try {
      if (!process.waitFor(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        killTree(process);
        process.waitFor(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.isAlive() ? -1 : process.exitValue();
  }

  private static void joinReader(Thread reader, Process process) {
    try {
      reader.join(DRAIN.toMillis());
      if (reader.isAlive()) {
        // a descendant still holds the pipe open
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        reader.join(DRAIN.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
