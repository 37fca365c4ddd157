package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an execution changes anything. */
public enum RunMode {
  /** Run the steps. */
  @JsonProperty("execute")
  EXECUTE,
  /** Show exactly what would run; change nothing. */
  @JsonProperty("dry_run")
  DRY_RUN
}
