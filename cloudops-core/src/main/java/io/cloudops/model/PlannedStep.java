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
 *       {@code command: "aws"} with the service as the first argument is the same step: it is read
 *       as {@code command: "ec2"} (so the digest, the risk and what runs are the same).
 *   <li>{@code aws_sdk}: {@code service}, {@code operation} and {@code params} (JSON).
 *   <li>{@code script}: {@code script} is the text given to the configured interpreter.
 * </ul>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedStep(
    String stepId,
    String command,
    List<String> args,
    String description,
    StepKind kind,
    String service,
    String operation,
    ObjectNode params,
    String script) {

  public PlannedStep {
    Objects.requireNonNull(stepId, "step_id");
    command = command == null ? "" : command;
    args = args == null ? List.of() : List.copyOf(args);
    description = description == null ? "" : UntrustedText.strip(description);
    kind = kind == null ? StepKind.AWS_CLI : kind;
    if (kind == StepKind.AWS_CLI && command.equals(AWS) && startsWithService(args)) {
      command = args.get(0);
      args = List.copyOf(args.subList(1, args.size()));
    }
    params = params == null ? null : params.deepCopy();
  }

  /** The AWS CLI program's name, accepted as a {@code command} before the service. */
  private static final String AWS = "aws";

  private static boolean startsWithService(List<String> args) {
    return !args.isEmpty() && !args.get(0).isEmpty() && !args.get(0).startsWith("-");
  }

  /** A copy of the SDK parameters, when there are any. */
  @Override
  public ObjectNode params() {
    return params == null ? null : params.deepCopy();
  }

  /** An AWS CLI step. */
  public static PlannedStep awsCli(
      String stepId, String command, List<String> args, String description) {
    return new PlannedStep(
        stepId, command, args, description, StepKind.AWS_CLI, null, null, null, null);
  }
}
