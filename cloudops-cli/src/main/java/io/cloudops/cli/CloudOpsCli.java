package io.cloudops.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code cloudops} command line. */
public final class CloudOpsCli {

  private CloudOpsCli() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err, System.getenv(), System.console() != null));
  }

  /**
   * Runs one command line and returns its exit code; prints nothing but through the given writers.
   *
   * @param env the environment settings are read from
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(args, out, err, env, false);
  }

  /**
   * Runs one command line.
   *
   * @param terminal whether a person is at a terminal (progress is redrawn in place only then)
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    CommandLine commandLine = commandLine(out, err, env, terminal);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    return commandLine(out, err, env, false);
  }

  static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    CloudOpsCommand root = new CloudOpsCommand(env, terminal);
    CommandLine commandLine = new CommandLine(root);
    Subcommands.register(commandLine);
    ErrorHandler errors = new ErrorHandler(root);
    commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
    return commandLine;
  }
}
