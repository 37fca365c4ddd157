package io.cloudops.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * What CloudOps sends to the planning server (protocol v1): the prompt as the user wrote it, and
 * the grounding as structured fields. Resource data is never spliced into the prompt text.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EnrichedRequest(
    String prompt,
    String contextId,
    List<AwsResource> identifiedResources,
    List<Message> chatHistory,
    UserContext userContext) {

  public EnrichedRequest {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(contextId, "context_id");
    identifiedResources =
        identifiedResources == null ? List.of() : List.copyOf(identifiedResources);
    chatHistory = chatHistory == null ? List.of() : List.copyOf(chatHistory);
    Objects.requireNonNull(userContext, "user_context");
  }
}
