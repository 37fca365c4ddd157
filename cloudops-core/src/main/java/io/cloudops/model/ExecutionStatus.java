package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an execution stands. */
public enum ExecutionStatus {
  @JsonProperty("Pending")
  PENDING,
  @JsonProperty("AwaitingApproval")
  AWAITING_APPROVAL,
  @JsonProperty("Running")
  RUNNING,
  @JsonProperty("Success")
  SUCCESS,
  @JsonProperty("Failed")
  FAILED,
  @JsonProperty("Cancelled")
  CANCELLED;

  /** Whether no further transition can follow. */
  public boolean isTerminal() {
    return this == SUCCESS || this == FAILED || this == CANCELLED;
  }
}
