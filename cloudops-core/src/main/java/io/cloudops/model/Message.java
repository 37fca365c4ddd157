package io.cloudops.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.text.SecretPatterns;
import io.cloudops.text.UntrustedText;
import java.time.Instant;
import java.util.Objects;

/** One message of a conversation. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Message(Role role, String content, Instant timestamp) {

  public Message {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(timestamp, "timestamp");
    // kept in conversations and sent to the planning server: no escape sequences, no AWS keys
    content = SecretPatterns.mask(UntrustedText.strip(content));
  }

  public static Message user(String content, Instant at) {
    return new Message(Role.USER, content, at);
  }

  public static Message assistant(String content, Instant at) {
    return new Message(Role.ASSISTANT, content, at);
  }
}
