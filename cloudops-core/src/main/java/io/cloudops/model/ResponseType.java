package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of answer the planning server gave. */
public enum ResponseType {
  /** Commands to execute: the response carries an execution plan. */
  @JsonProperty("Command")
  COMMAND,
  /** Just information. */
  @JsonProperty("Information")
  INFORMATION,
  /** The server needs more information from the user. */
  @JsonProperty("Clarification")
  CLARIFICATION
}
