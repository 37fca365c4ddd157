package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who wrote a chat message. */
public enum Role {
  @JsonProperty("user")
  USER,
  @JsonProperty("assistant")
  ASSISTANT,
  @JsonProperty("system")
  SYSTEM
}
