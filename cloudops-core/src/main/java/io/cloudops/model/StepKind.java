package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a plan step is run. */
public enum StepKind {
  @JsonProperty("aws_cli")
  AWS_CLI,
  @JsonProperty("aws_sdk")
  AWS_SDK,
  @JsonProperty("script")
  SCRIPT
}
