package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A conversation's summary: its id (the context id), a title taken from its first prompt, its size
 * and when it was last active.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conversation(
    String contextId, String title, int messageCount, Instant createdAt, Instant updatedAt) {

  /** Most recently active first; ties by id, so listings are stable. */
  public static final Comparator<Conversation> MOST_RECENT_FIRST =
      Comparator.comparing(Conversation::updatedAt)
          .reversed()
          .thenComparing(Conversation::contextId);

  public Conversation {
    Objects.requireNonNull(contextId, "context_id");
    if (messageCount < 0) {
      throw new IllegalArgumentException("message_count must not be negative: " + messageCount);
    }
  }
}
