package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.text.UntrustedText;
import java.util.List;
import java.util.Objects;

/**
 * One step of a plan.
 *
 * <ul>
 *   <li>{@code aws_cli} (the default): {@code command} is the service (e.g. {@code ec2}), {@code
 *       args} the operation and its arguments (e.g. {@code stop-instances --instance-ids i-1}).
 *   <li>{@code aws_sdk}: {@code service}, {@code operation} and {@code params} (JSON).
 *   <li>{@code script}: {@code script} is the text given to the configured interpreter.
 * </ul>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionStep(
    String stepId,
    String command,
    List<String> args,
    String description,
    StepKind kind,
    String service,
    String operation,
    ObjectNode params,
    String script) {

  public ExecutionStep {
    Objects.requireNonNull(stepId, "step_id");
    command = command == null ? "" : command;
    args = args == null ? List.of() : List.copyOf(args);
    description = description == null ? "" : UntrustedText.strip(description);
    kind = kind == null ? StepKind.AWS_CLI : kind;
    params = params == null ? null : params.deepCopy();
  }

  /** A copy of the SDK parameters, when there are any. */
  @Override
  public ObjectNode params() {
    return params == null ? null : params.deepCopy();
  }

  /** An AWS CLI step. */
  public static ExecutionStep awsCli(
      String stepId, String command, List<String> args, String description) {
    return new ExecutionStep(
        stepId, command, args, description, StepKind.AWS_CLI, null, null, null, null);
  }
}
