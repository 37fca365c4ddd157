package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.text.UntrustedText;
import java.util.Objects;
import java.util.Optional;

/**
 * The planning server's answer (protocol v1). Build it only through the ask package's validating
 * parser: a response that reaches the rest of the system has passed strict checks.
 *
 * @param executionPlan present exactly when the type is {@link ResponseType#COMMAND}
 * @param riskAssessment the server's claim; the execution engine can only raise it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServerResponse(
    ResponseType responseType,
    String content,
    ExecutionPlan executionPlan,
    boolean requiresApproval,
    RiskAssessment riskAssessment) {

  public ServerResponse {
    Objects.requireNonNull(responseType, "response_type");
    Objects.requireNonNull(content, "content");
    // a server's text reaches terminals, logs and pages: no escape sequences, no bidi tricks
    content = UntrustedText.strip(content);
  }

  public Optional<ExecutionPlan> plan() {
    return Optional.ofNullable(executionPlan);
  }

  public Optional<RiskAssessment> risk() {
    return Optional.ofNullable(riskAssessment);
  }
}
