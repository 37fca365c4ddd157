package io.cloudops.cli;

import io.cloudops.model.Conversation;
import io.cloudops.model.Message;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudops conversations}: list, show, search and delete stored conversations. */
@Command(
    name = "conversations",
    description = "List, show, search and delete conversations.",
    subcommands = {
      ConversationsCommand.ListCommand.class,
      ConversationsCommand.ShowCommand.class,
      ConversationsCommand.SearchCommand.class,
      ConversationsCommand.DeleteCommand.class
    })
final class ConversationsCommand extends BaseCommand {

  @Override
  protected int run(CliContext context) {
    spec.commandLine().usage(context.out());
    return ExitCodes.OK;
  }

  static void print(CliContext context, List<Conversation> conversations) {
    if (context.json()) {
      context.printJson(Map.of("conversations", conversations));
      return;
    }
    for (Conversation c : conversations) {
      context
          .out()
          .printf("%-36s %3d  %s  %s%n", c.contextId(), c.messageCount(), c.updatedAt(), c.title());
    }
    context.out().flush();
  }

  /** {@code conversations list}. */
  @Command(name = "list", description = "List conversations, most recent first.")
  static final class ListCommand extends BaseCommand {
    @Override
    protected int run(CliContext context) {
      try (StoreHandle stores =
          Stores.open(context.settings(), context.env(), StoreAccess.READ_ONLY)) {
        print(context, stores.chat().conversations());
      }
      return ExitCodes.OK;
    }
  }

  /** {@code conversations show ID}. */
  @Command(name = "show", description = "Show a conversation's messages, oldest first.")
  static final class ShowCommand extends BaseCommand {
    @Parameters(paramLabel = "ID", description = "The conversation (context) id.")
    String id;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "100",
        description = "The last N messages (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    protected int run(CliContext context) {
      List<Message> messages;
      try (StoreHandle stores =
          Stores.open(context.settings(), context.env(), StoreAccess.READ_ONLY)) {
        if (stores.chat().conversation(id).isEmpty()) {
          throw new CliExit(
              ExitCodes.FAILURE,
              "No conversation has the id '"
                  + id
                  + "'; list them with: cloudops conversations list");
        }
        messages = stores.chat().history(id, limit);
      }
      if (context.json()) {
        context.printJson(Map.of("context_id", id, "messages", messages));
        return ExitCodes.OK;
      }
      for (Message m : messages) {
        context
            .out()
            .printf(
                "[%s] %s: %s%n",
                m.timestamp(), m.role().name().toLowerCase(Locale.ROOT), m.content());
      }
      context.out().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code conversations search QUERY}. */
  @Command(name = "search", description = "Find conversations about something, best first.")
  static final class SearchCommand extends BaseCommand {
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What they were about.")
    List<String> words = new ArrayList<>();

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "10",
        description = "At most N conversations (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    protected int run(CliContext context) {
      try (StoreHandle stores =
          Stores.open(
              context.settings(), context.env(), StoreAccess.READ_ONLY, Stores.Warmup.EMBEDDER)) {
        print(context, stores.chat().searchConversations(String.join(" ", words), limit));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code conversations delete ID}. */
  @Command(name = "delete", description = "Delete a conversation and all its messages.")
  static final class DeleteCommand extends BaseCommand {
    @Parameters(paramLabel = "ID", description = "The conversation (context) id.")
    String id;

    @Override
    protected int run(CliContext context) {
      boolean deleted;
      try (StoreHandle stores = context.openStoreForWriting()) {
        deleted = stores.chat().delete(id);
      }
      if (!deleted) {
        throw new CliExit(ExitCodes.FAILURE, "No conversation has the id '" + id + "'");
      }
      if (context.json()) {
        context.printJson(Map.of("deleted", id));
      } else {
        context.progress("Deleted conversation " + id + ".");
      }
      return ExitCodes.OK;
    }
  }
}
