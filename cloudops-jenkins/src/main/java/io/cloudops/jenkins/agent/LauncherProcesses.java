package io.cloudops.jenkins.agent;

import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import io.cloudops.execute.executor.Cancellation;
import io.cloudops.execute.executor.OutputCapture;
import io.cloudops.execute.executor.ProcessLauncher;
import io.cloudops.execute.executor.ProcessOutcome;
import io.cloudops.execute.executor.SecretMasker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Starts AWS CLI processes through the step's {@link Launcher}, on the node of the enclosing {@code
 * node {}}: an argument list with the masks of the secrets it holds, the variables the process
 * needs, the workspace as working directory. Output comes back line by line, masked. A timeout, a
 * cancelled execution or an aborted build (the waiting thread interrupted: {@code Proc.join} then
 * kills the process, Proc.java:359-362 and Launcher.java:459-465) kill it.
 *
 * <p>The launcher merges the variables into the node's own environment and expands {@code $VAR} in
 * the variables and arguments (Launcher.java:978-988, Util.replaceMacro): every {@code $} is sent
 * as {@code $$}, which stands for itself, and the AWS variables that would choose another identity
 * or endpoint are cleared (an empty value removes a variable, EnvVars.java:145-149).
 */
public final class LauncherProcesses implements ProcessLauncher {

  /** Variables of the node's own environment that must not reach the process. */
  static final List<String> CLEARED =
      List.of(
          "AWS_PROFILE",
          "AWS_DEFAULT_PROFILE",
          "AWS_ENDPOINT_URL",
          "AWS_ROLE_ARN",
          "AWS_WEB_IDENTITY_TOKEN_FILE",
          "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
          "AWS_CONTAINER_CREDENTIALS_FULL_URI",
          "AWS_CONTAINER_AUTHORIZATION_TOKEN",
          "AWS_SESSION_TOKEN");

  private static final ScheduledExecutorService TIMEOUTS =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "cloudops-process-timeouts");
            thread.setDaemon(true);
            return thread;
          });

  private final Launcher launcher;
  private final FilePath workspace;

  public LauncherProcesses(Launcher launcher, FilePath workspace) {
    this.launcher = launcher;
    this.workspace = workspace;
  }

  @Override
  public ProcessOutcome run(
      List<String> argv,
      Map<String, String> env,
      Path workDir,
      Duration timeout,
      Cancellation cancellation,
      SecretMasker masker,
      Consumer<String> lines)
      throws IOException {
    OutputCapture capture = new OutputCapture(OutputCapture.DEFAULT_LIMIT);
    LineSplitter out =
        LineSplitter.of(
            line -> {
              String masked = masker.mask(line);
              capture.line(masked);
              lines.accept(masked);
            });
    Proc proc =
        launcher
            .launch()
            .cmds(argv.stream().map(LauncherProcesses::literal).toList())
            .masks(masks(argv, masker))
            .envs(environment(env))
            .pwd(workspace)
            .stdout(out)
            .quiet(false)
            .start();
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        TIMEOUTS.schedule(
            () -> {
              timedOut.set(true);
              kill(proc);
            },
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    Runnable unregister = cancellation.onCancel(() -> kill(proc));
    int exitCode;
    try {
      exitCode = proc.join();
    } catch (InterruptedException e) {
      kill(proc);
      Thread.currentThread().interrupt();
      exitCode = -1;
      cancellation.cancel();
    } finally {
      deadline.cancel(false);
      unregister.run();
      out.close();
    }
    boolean cancelled = cancellation.isCancelled();
    boolean killed = cancelled || timedOut.get();
    return new ProcessOutcome(
        killed ? -1 : exitCode,
        timedOut.get() && !cancelled,
        cancelled,
        capture.excerpt(),
        capture.sha256());
  }

  /** Directories are made on the node, beside the workspace's files. */
  @Override
  public void createDirectories(Path dir) throws IOException {
    try {
      workspace.child(dir.toString()).mkdirs();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while creating " + dir + " on the node", e);
    }
  }

  /** {@code $} as {@code $$}: the launcher's expansion gives back the text as it was. */
  static String literal(String text) {
    return text.replace("$", "$$");
  }

  static Map<String, String> environment(Map<String, String> env) {
    Map<String, String> overrides = new LinkedHashMap<>();
    CLEARED.forEach(name -> overrides.put(name, ""));
    env.forEach((name, value) -> overrides.put(name, literal(value)));
    return overrides;
  }

  /** Masks the arguments that hold a secret the masker knows, for the launcher's own echo. */
  private static boolean[] masks(List<String> argv, SecretMasker masker) {
    boolean[] masks = new boolean[argv.size()];
    for (int i = 0; i < masks.length; i++) {
      masks[i] = !masker.mask(argv.get(i)).equals(argv.get(i));
    }
    return masks;
  }

  private static void kill(Proc proc) {
    try {
      proc.kill();
    } catch (IOException e) {
      // the node is gone or the process ended; nothing is left to kill
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
