package io.cloudops.ask;

import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.model.AwsResource;
import io.cloudops.model.EnrichedRequest;
import io.cloudops.model.Message;
import io.cloudops.model.ResourceFilter;
import io.cloudops.model.ServerResponse;
import io.cloudops.model.UserContext;
import io.cloudops.store.ChatStore;
import io.cloudops.store.EstateStore;
import java.time.Clock;
import java.util.List;

/**
 * The request builder of the design: grounds a prompt in the estate and the conversation, sends it
 * to the planning server, and records the exchange in the conversation (encrypted at rest by the
 * chat store).
 */
public final class AskService {

  /** Longest accepted conversation id. */
  static final int MAX_CONTEXT_ID = 200;

  private final ResourceMatcher resources;
  private final HistorySelector history;
  private final ChatStore chat;
  private final PlanningServerClient server;
  private final Clock clock;

  /**
   * The service with the default options, asking the planning server at {@code endpoint}.
   *
   * @param token the server's bearer token, or null for none
   */
  public static AskService withDefaults(
      EstateStore estate, ChatStore chat, ServerEndpoint endpoint, Secret token, Clock clock) {
    return new AskService(
        estate,
        chat,
        new PlanningServerClient(endpoint, token, AskOptions.DEFAULTS),
        AskOptions.DEFAULTS,
        clock);
  }

  public AskService(
      EstateStore estate,
      ChatStore chat,
      PlanningServerClient server,
      AskOptions options,
      Clock clock) {
    this.resources = new ResourceMatcher(estate, options);
    this.history = new HistorySelector(chat, options);
    this.chat = chat;
    this.server = server;
    this.clock = clock;
  }

  /**
   * The enriched request for a prompt: resources it mentions or is about, relevant history, who
   * asks. Resource data travels in structured fields; the prompt is sent as written.
   *
   * @param scope limits which resources may be sent
   */
  public EnrichedRequest buildRequest(
      String contextId, String prompt, UserContext user, ResourceFilter scope) {
    validate(contextId, prompt);
    List<AwsResource> matched = resources.match(prompt, scope);
    List<Message> messages = history.select(contextId, prompt);
    return new EnrichedRequest(prompt, contextId, matched, messages, user);
  }

  /** Sends a built request; the answer has passed the protocol's strict checks. */
  public ServerResponse send(EnrichedRequest request) {
    return server.send(request);
  }

  /**
   * Build, send, and on a valid answer append the prompt and the answer to the conversation. On any
   * failure the conversation is left as it was.
   */
  public AskResult processPrompt(
      String contextId, String prompt, UserContext user, ResourceFilter scope) {
    EnrichedRequest request = buildRequest(contextId, prompt, user, scope);
    ServerResponse response = send(request);
    chat.append(contextId, Message.user(prompt, clock.instant()));
    chat.append(contextId, Message.assistant(response.content(), clock.instant()));
    return new AskResult(request, response);
  }

  private static void validate(String contextId, String prompt) {
    if (prompt == null || prompt.isBlank()) {
      throw new InvalidInputException("the prompt is empty; say what you want to know or change");
    }
    if (contextId == null
        || contextId.isBlank()
        || contextId.length() > MAX_CONTEXT_ID
        || contextId.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(
          "conversation id '"
              + contextId
              + "' is invalid; use 1 to "
              + MAX_CONTEXT_ID
              + " printable characters, e.g. the job name");
    }
  }
}
