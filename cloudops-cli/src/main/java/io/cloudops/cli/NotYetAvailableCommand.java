package io.cloudops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** A subcommand whose engine has not landed yet: says so and exits 1. */
@Command(mixinStandardHelpOptions = true)
final class NotYetAvailableCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  java.util.List<String> ignored;

  private final String name;

  NotYetAvailableCommand(String name) {
    this.name = name;
  }

  @Override
  protected int run(CliContext context) {
    throw new CliExit(
        ExitCodes.FAILURE,
        "'" + name + "' is not available in this version yet; see README.md for what is");
  }
}
