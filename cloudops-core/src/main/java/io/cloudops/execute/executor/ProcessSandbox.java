package io.cloudops.execute.executor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs plan processes (scripts, the AWS CLI) inside Debian's {@code bubblewrap} when it is
 * installed and works on this machine. Inside, the process sees:
 *
 * <ul>
 *   <li>the file system read-only, except its own run directory;
 *   <li>an empty home directory and an empty {@code /tmp} (so not the user's {@code ~/.aws}, {@code
 *       ~/.ssh} or the CloudOps data dir under the home, nor other runs' directories);
 *   <li>its own process namespace with a fresh {@code /proc}: it cannot read the environment or
 *       memory of CloudOps (which holds the server token and the store key) through {@code
 *       /proc/$PPID};
 *   <li>a new session, so it cannot inject input into the terminal CloudOps runs in.
 * </ul>
 *
 * The network is shared: the AWS CLI must reach AWS. Without bubblewrap, processes run with the
 * minimal environment alone, and {@link #isolated()} says so.
 */
public final class ProcessSandbox {

  static final Path BWRAP = Path.of("/usr/bin/bwrap");
  private static volatile Boolean works;

  private ProcessSandbox() {}

  /** Whether processes run isolated on this machine. */
  public static boolean isolated() {
    Boolean known = works;
    if (known == null) {
      known = probe();
      works = known;
    }
    return known;
  }

  /**
   * The command wrapped in bubblewrap when it works here, otherwise as it is.
   *
   * @param runDir the only writable directory (the run's own)
   * @param hidden directories replaced by empty ones (the data dir, when it lies elsewhere)
   */
  static List<String> wrap(List<String> command, Path runDir, List<Path> hidden) {
    if (!isolated()) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(List.of(BWRAP.toString(), "--ro-bind", "/", "/"));
    wrapped.addAll(List.of("--tmpfs", "/tmp"));
    List<Path> empty = new ArrayList<>(hidden);
    empty.add(Path.of(System.getProperty("user.home")));
    for (Path dir : empty) {
      if (Files.isDirectory(dir) && !runDir.startsWith(dir.toAbsolutePath())) {
        wrapped.addAll(List.of("--tmpfs", dir.toAbsolutePath().toString()));
      }
    }
    String run = runDir.toAbsolutePath().toString();
    wrapped.addAll(List.of("--bind", run, run, "--chdir", run));
    wrapped.addAll(
        List.of(
            "--unshare-pid",
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            "--new-session",
            "--die-with-parent",
            "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  private static boolean probe() {
    if (!Files.isExecutable(BWRAP)) {
      return false;
    }
    try {
      Process process =
          new ProcessBuilder(
                  BWRAP.toString(),
                  "--ro-bind",
                  "/",
                  "/",
                  "--unshare-pid",
                  "--proc",
                  "/proc",
                  "--dev",
                  "/dev",
                  "--",
                  "/bin/true")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
