package io.cloudops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.InvalidInputException;
import io.cloudops.ask.AskOptions;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.console.AccountCheck;
import io.cloudops.console.ApiException;
import io.cloudops.console.ConsoleHost;
import io.cloudops.console.ExecutionCancel;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.scan.AwsProfiles;
import io.cloudops.scan.ScanRecord;
import io.cloudops.scan.ScanRecords;
import io.cloudops.store.ChatStore;
import io.cloudops.store.StoreHandle;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The console as the CLI hosts it: the data dir's conversations and history, the AWS profiles of
 * the config files, asking as {@code cloudops ask} does, and deleting conversations.
 */
final class CliConsoleHost implements ConsoleHost {

  private static final Duration CANCEL_WAIT = Duration.ofSeconds(10);

  private final CliContext context;
  private final ChatStore chat;
  private ExecutionHistory history;

  CliConsoleHost(CliContext context, ChatStore chat) {
    this.context = context;
    this.chat = chat;
  }

  @Override
  public ChatStore chat() {
    return chat;
  }

  /** The history, opened on first use once it exists (an execution may create it later). */
  @Override
  public synchronized Optional<ExecutionHistory> history() {
    if (history == null) {
      history = ExecutionSetup.historyForReading(context.settings(), context.env()).orElse(null);
    }
    return Optional.ofNullable(history);
  }

  @Override
  public List<String> accountNames() {
    return List.copyOf(AwsProfiles.list(context.env()));
  }

  @Override
  public List<ScanRecord> scanRecords() {
    return ScanRecords.in(context.settings().dataDir()).read();
  }

  @Override
  public JsonNode checkAccount(String profile) {
    return AccountCheck.check(
        profile,
        new AwsCredentialsSpec.Profile(profile),
        context.settings().awsEndpointUrl().orElse(null),
        CliAws.region(context.env()));
  }

  @Override
  public JsonNode ask(String conversation, String prompt) {
    URI base =
        context
            .settings()
            .serverUrl()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "no planning server configured; start the console with"
                            + " CLOUDOPS_SERVER_URL set"));
    AskOptions options = AskOptions.DEFAULTS;
    try (StoreHandle stores = context.openStoreForWriting()) {
      return AskCommand.ask(
              context,
              stores,
              AskCommand.client(context, base, options),
              options,
              conversation,
              prompt)
          .json();
    }
  }

  @Override
  public JsonNode cancelExecution(String id) {
    ExecutionHistory running =
        history().orElseThrow(() -> new ApiException(404, "no execution history yet"));
    return new ExecutionCancel(running, CANCEL_WAIT, Clock.systemUTC()).cancel(id);
  }

  @Override
  public boolean deleteConversation(String contextId) {
    try (StoreHandle stores = context.openStoreForWriting()) {
      return stores.chat().delete(contextId);
    }
  }
}
