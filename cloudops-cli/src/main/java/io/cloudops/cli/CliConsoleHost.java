package io.cloudops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import io.cloudops.ask.AskOptions;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.console.ApiException;
import io.cloudops.console.ConsoleHost;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.json.Json;
import io.cloudops.scan.AwsProfiles;
import io.cloudops.store.ChatStore;
import io.cloudops.store.StoreHandle;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The console as the CLI hosts it: the data dir's conversations and history, the AWS profiles of
 * the config files, asking as {@code cloudops ask} does, and deleting conversations.
 */
final class CliConsoleHost implements ConsoleHost {

  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);

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
  public JsonNode checkAccount(String profile) {
    try (AwsClientFactory clients =
            AwsClientFactory.builder()
                .credentials(new AwsCredentialsSpec.Profile(profile))
                .endpointOverride(context.settings().awsEndpointUrl().orElse(null))
                .connectTimeout(CHECK_TIMEOUT)
                .socketTimeout(CHECK_TIMEOUT)
                .build();
        StsClient sts = clients.client(StsClient.builder(), CliAws.region(context.env()))) {
      GetCallerIdentityResponse identity = sts.getCallerIdentity();
      ObjectNode json = Json.mapper().createObjectNode();
      json.put("profile", profile);
      json.put("account_id", identity.account());
      json.put("arn", identity.arn());
      json.put("user_id", identity.userId());
      return json;
    } catch (SdkException failed) {
      throw new ApiException(
          502, "profile " + profile + " failed the check: " + firstLine(failed.getMessage()));
    }
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
  public boolean deleteConversation(String contextId) {
    try (StoreHandle stores = context.openStoreForWriting()) {
      return stores.chat().delete(contextId);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
