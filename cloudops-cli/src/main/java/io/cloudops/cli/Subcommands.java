package io.cloudops.cli;

import picocli.CommandLine;

/**
 * The subcommands of {@code cloudops}, in the order {@code --help} lists them. A command whose
 * engine has not landed is registered as not yet available.
 */
final class Subcommands {

  private Subcommands() {}

  static void register(CommandLine root) {
    pending(root, "scan", "Discover AWS resources and store them.");
    root.addSubcommand("search", new CommandLine(new SearchCommand()));
    root.addSubcommand("estate", new CommandLine(new EstateCommand()));
    pending(root, "ask", "Ask the planning server, grounded in your estate.");
    root.addSubcommand("conversations", new CommandLine(new ConversationsCommand()));
    pending(root, "execute", "Run a plan, behind the risk gate and approvals.");
    pending(root, "history", "Show the execution history.");
    root.addSubcommand("backup", new CommandLine(new BackupCommand()));
  }

  private static void pending(CommandLine root, String name, String description) {
    CommandLine sub = new CommandLine(new NotYetAvailableCommand(name));
    sub.getCommandSpec().usageMessage().description(description + " (not available yet)");
    root.addSubcommand(name, sub);
  }
}
