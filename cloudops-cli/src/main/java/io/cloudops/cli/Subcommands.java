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
    root.addSubcommand("search", new CommandLine(new SearchCommand()));
    root.addSubcommand("estate", new CommandLine(new EstateCommand()));
    root.addSubcommand("ask", new CommandLine(new AskCommand()));
    root.addSubcommand("conversations", new CommandLine(new ConversationsCommand()));
    root.addSubcommand("execute", new CommandLine(new ExecuteCommand()));
    root.addSubcommand("history", new CommandLine(new HistoryCommand()));
    pending(root, "backup", "Back the store up to S3 and restore it.");
    root.addSubcommand("demo", new CommandLine(new io.cloudops.cli.demo.DemoCommand()));
  }

  private static void pending(CommandLine root, String name, String description) {
    CommandLine sub = new CommandLine(new NotYetAvailableCommand(name));
    sub.getCommandSpec().usageMessage().description(description + " (not available yet)");
    root.addSubcommand(name, sub);
  }
}
