package io.cloudops.cli;

import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

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
    root.addSubcommand("request", new CommandLine(new RequestCommand()));
    root.addSubcommand("approve", new CommandLine(new ApproveCommand()));
    root.addSubcommand("history", new CommandLine(new HistoryCommand()));
    root.addSubcommand("console", new CommandLine(new ConsoleCommand()));
    root.addSubcommand("backup", new CommandLine(new BackupCommand()));
    root.addSubcommand("demo", new CommandLine(new DemoCommand()));
    root.addSubcommand("completion", new CommandLine(new CompletionCommand()));
    standardOptions(root, root.getCommandSpec().versionProvider());
  }

  /** {@code --help} and {@code --version} on every command and subcommand, at any depth. */
  private static void standardOptions(CommandLine command, IVersionProvider version) {
    for (CommandLine sub : command.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.findOption("--help") == null) {
        spec.mixinStandardHelpOptions(true);
      }
      if (spec.version().length == 0) {
        spec.versionProvider(version);
      }
      standardOptions(sub, version);
    }
  }
}
