package hudson;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in: a process started by a {@link Launcher} (jenkinsci/jenkins tag jenkins-2.541.3, commit
 * 4d8ef2fc, core/src/main/java/hudson/Proc.java).
 */
public abstract class Proc {

  protected Proc() {}

  public abstract boolean isAlive() throws IOException, InterruptedException;

  public abstract void kill() throws IOException, InterruptedException;

  public abstract int join() throws IOException, InterruptedException;

  public abstract InputStream getStdout();

  public abstract InputStream getStderr();

  public abstract OutputStream getStdin();

  /**
   * Stand-in of a local process, as {@code Proc.LocalProc}: exactly the given environment, standard
   * input closed (:264-267), standard error merged into standard output when no error stream is
   * given (:216-229), output copied to {@code out} by a thread (:259-260), so {@code getStdout()}
   * is null. {@link #join()} kills the process when interrupted (:359-362); {@link #kill()} kills
   * the process tree (ProcessTree.killAll, :379-389: here the descendants, then the process).
   */
  public static final class LocalProc extends Proc {
    private final Process proc;
    private final Thread copier;

    LocalProc(List<String> cmd, Map<String, String> env, OutputStream out, File workDir)
        throws IOException {
      if (workDir != null && !workDir.exists()) {
        throw new IOException(
            String.format(
                "Process working directory '%s' doesn't exist!", workDir.getAbsolutePath()));
      }
      ProcessBuilder builder = new ProcessBuilder(cmd).directory(workDir).redirectErrorStream(true);
      builder.environment().clear();
      builder.environment().putAll(env);
      this.proc = builder.start();
      proc.getOutputStream().close();
      this.copier =
          new Thread(() -> copy(proc.getInputStream(), out), cmd.get(0) + ": stdout copier");
      copier.setDaemon(true);
      copier.start();
    }

    private static void copy(InputStream in, OutputStream out) {
      byte[] buffer = new byte[8192];
      try (in) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          if (out != null) {
            out.write(buffer, 0, n);
            out.flush();
          }
        }
      } catch (IOException e) {
        // the process was killed and its pipe closed
      }
    }

    @Override
    public int join() throws InterruptedException, IOException {
      try {
        int r = proc.waitFor();
        copier.join(TimeUnit.SECONDS.toMillis(10));
        return r;
      } catch (InterruptedException e) {
        destroy();
        throw e;
      }
    }

    @Override
    public boolean isAlive() throws IOException, InterruptedException {
      return proc.isAlive();
    }

    @Override
    public void kill() throws InterruptedException, IOException {
      destroy();
      join();
    }

    private void destroy() {
      List<ProcessHandle> descendants = proc.descendants().toList();
      proc.destroyForcibly();
      descendants.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public InputStream getStdout() {
      return null;
    }

    @Override
    public InputStream getStderr() {
      return null;
    }

    @Override
    public OutputStream getStdin() {
      return null;
    }
  }
}
