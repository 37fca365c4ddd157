package io.cloudops.cli;

import picocli.CommandLine;

/**
 * The subcommands of {@code cloudops}, in the order {@code --help} lists them. A command whose
 * engine has not landed is registered as not yet available.
 */
final class Subcommands {

  private Subcommands() {}

  static void register(CommandLine root) {
    root.addSubcommand("scan", new CommandLine(new ScanCommand()));
    pending(root, "search", "Search the estate (exact and semantic).");
    pending(root, "estate", "List, count and show stored resources.");
    pending(root, "ask", "Ask the planning server, grounded in your estate.");
    pending(root, "conversations", "List, show, search and delete conversations.");
    pending(root, "execute", "Run a plan, behind the risk gate and approvals.");
    pending(root, "history", "Show the execution history.");
    pending(root, "backup", "Back the store up to S3 and restore it.");
  }

  private static void pending(CommandLine root, String name, String description) {
    CommandLine sub = new CommandLine(new NotYetAvailableCommand(name));
    sub.getCommandSpec().usageMessage().description(description + " (not available yet)");
    root.addSubcommand(name, sub);
  }
}
