package io.cloudops.cli;

import picocli.CommandLine;

/** The subcommands of {@code cloudops}, in the order {@code --help} lists them. */
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
    root.addSubcommand("backup", new CommandLine(new BackupCommand()));
    root.addSubcommand("demo", new CommandLine(new io.cloudops.cli.demo.DemoCommand()));
  }
}
