package hudson;

import hudson.model.TaskListener;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in: starts processes on the node of a {@code node {}} block (jenkinsci/jenkins tag
 * jenkins-2.541.3, commit 4d8ef2fc, core/src/main/java/hudson/Launcher.java). Only the local
 * launcher is modelled; channels, decorators and {@code kill(Map)} are not.
 */
public abstract class Launcher {

  private final TaskListener listener;

  private Launcher(TaskListener listener) {
    this.listener = listener;
  }

  public TaskListener getListener() {
    return listener;
  }

  /** As the real method: {@code File.pathSeparatorChar == ':'} (:782-784). */
  public boolean isUnix() {
    return File.pathSeparatorChar == ':';
  }

  public final ProcStarter launch() {
    return new ProcStarter();
  }

  public abstract Proc launch(ProcStarter starter) throws IOException;

  /**
   * As {@code maskedPrintCommandLine}/{@code printCommandLine} (:794-844): {@code [dir] $ args},
   * masked arguments as {@code ********}, arguments with spaces quoted.
   */
  private void printCommandLine(List<String> cmd, boolean[] masks, FilePath workDir) {
    StringBuilder buf = new StringBuilder();
    if (workDir != null) {
      buf.append('[').append(workDir.getRemote().replaceFirst("^.+[/\\\\]", "")).append("] ");
    }
    buf.append('$');
    for (int i = 0; i < cmd.size(); i++) {
      String c = masks != null && masks[i] ? "********" : cmd.get(i);
      buf.append(' ');
      if (c.indexOf(' ') >= 0) {
        buf.append(c.indexOf('"') >= 0 ? "'" + c + "'" : "\"" + c + "\"");
      } else {
        buf.append(c);
      }
    }
    listener.getLogger().println(buf);
    listener.getLogger().flush();
  }

  /** Stand-in of the builder of one process (:215-530): the members the plugin uses. */
  public final class ProcStarter {
    private List<String> commands = List.of();
    private boolean[] masks;
    private boolean quiet;
    private FilePath pwd;
    private OutputStream stdout;
    private Map<String, String> envs = Map.of();

    public ProcStarter cmds(List<String> args) {
      commands = new ArrayList<>(args);
      return this;
    }

    public ProcStarter masks(boolean... masks) {
      this.masks = masks;
      return this;
    }

    public ProcStarter quiet(boolean quiet) {
      this.quiet = quiet;
      return this;
    }

    public ProcStarter pwd(FilePath workDir) {
      this.pwd = workDir;
      return this;
    }

    public ProcStarter stdout(OutputStream out) {
      this.stdout = out;
      return this;
    }

    /** Variables set over the node's own environment (see {@link LocalLauncher}). */
    public ProcStarter envs(Map<String, String> overrides) {
      this.envs = new LinkedHashMap<>(overrides);
      return this;
    }

    public Proc start() throws IOException {
      return launch(this);
    }

    public int join() throws IOException, InterruptedException {
      return start().join();
    }
  }

  /**
   * Stand-in of {@code Launcher.LocalLauncher.launch} (:973-996): prints the masked command line
   * unless quiet; the environment is this JVM's own ({@code EnvVars.masterEnvVars}) overridden by
   * {@code envs} with {@code EnvVars.override} semantics (an empty value removes the variable,
   * {@code $VAR} and {@code $$} expanded: {@code inherit}, :1484-1488, {@code
   * EnvVars.overrideExpandingAll}, EnvVars.java:351-356); every argument is expanded against that
   * environment ({@code jobEnv.expand}, :986-988; {@code Util.replaceMacro}, Util.java:191-219,
   * where {@code $$} stands for {@code $}). Overrides are applied in the order given; the real one
   * orders them topologically, which differs only for overrides that refer to each other.
   */
  public static class LocalLauncher extends Launcher {

    public LocalLauncher(TaskListener listener) {
      super(listener);
    }

    @Override
    public Proc launch(ProcStarter ps) throws IOException {
      if (!ps.quiet) {
        super.printCommandLine(ps.commands, ps.masks, ps.pwd);
      }
      EnvVars jobEnv = new EnvVars(System.getenv());
      for (Map.Entry<String, String> e : ps.envs.entrySet()) {
        jobEnv.override(e.getKey(), replaceMacro(e.getValue(), jobEnv));
      }
      List<String> jobCmd = new ArrayList<>();
      for (String c : ps.commands) {
        jobCmd.add(replaceMacro(c, jobEnv));
      }
      return new Proc.LocalProc(
          jobCmd, jobEnv, ps.stdout, ps.pwd == null ? null : new File(ps.pwd.getRemote()));
    }
  }

  private static final Pattern VARIABLE =
      Pattern.compile("\\$([A-Za-z0-9_]+|\\{[A-Za-z0-9_.]+\\}|\\$)");

  /** {@code Util.replaceMacro} (Util.java:170, 191-219): unknown variables are left as they are. */
  static String replaceMacro(String s, Map<String, String> env) {
    if (s == null) {
      return null;
    }
    int idx = 0;
    while (true) {
      Matcher m = VARIABLE.matcher(s);
      if (!m.find(idx)) {
        return s;
      }
      String key = m.group().substring(1);
      String value;
      if (key.charAt(0) == '$') {
        value = "$";
      } else {
        if (key.charAt(0) == '{') {
          key = key.substring(1, key.length() - 1);
        }
        value = env.get(key);
      }
      if (value == null) {
        idx = m.end();
      } else {
        s = s.substring(0, m.start()) + value + s.substring(m.end());
        idx = m.start() + value.length();
      }
    }
  }
}
