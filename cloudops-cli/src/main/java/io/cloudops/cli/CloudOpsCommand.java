package io.cloudops.cli;

import io.cloudops.CloudOpsVersion;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code cloudops}: the root command; holds the global options every subcommand inherits. */
@Command(
    name = "cloudops",
    mixinStandardHelpOptions = true,
    versionProvider = CloudOpsCommand.Version.class,
    sortOptions = false,
    description = {
      "See, question and safely change your AWS estate.",
      "",
      "Results go to standard output, progress and errors to standard error.",
      "Exit codes: 0 ok, 1 failure, 2 usage error, 3 approval required or denied."
    },
    commandListHeading = "%nCommands:%n",
    footer = {"", "Run 'cloudops COMMAND --help' for a command's options."})
public final class CloudOpsCommand implements Callable<Integer> {

  private final Map<String, String> env;
  private final boolean terminal;

  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "Where the store, key and history live (default: $CLOUDOPS_DATA_DIR or ~/.cloudops).")
  Path dataDir;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print results as JSON on standard output.")
  boolean json;

  @Option(
      names = "--quiet",
      scope = ScopeType.INHERIT,
      description = "Print no progress; only results and errors.")
  boolean quiet;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean debug;

  private CliContext context;

  CloudOpsCommand(Map<String, String> env) {
    this(env, false);
  }

  CloudOpsCommand(Map<String, String> env, boolean terminal) {
    this.env = Map.copyOf(env);
    this.terminal = terminal;
  }

  /** With no subcommand: the usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** The context subcommands work in, built once the command line has been parsed. */
  CliContext context() {
    if (context == null) {
      context =
          new CliContext(
              env,
              dataDir,
              json ? OutputFormat.JSON : OutputFormat.TEXT,
              quiet ? Verbosity.QUIET : debug ? Verbosity.DEBUG : Verbosity.NORMAL,
              spec.commandLine().getOut(),
              spec.commandLine().getErr(),
              terminal);
    }
    return context;
  }

  boolean debug() {
    return debug;
  }

  /** Prints the build's version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "cloudops " + CloudOpsVersion.get(),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }
}
