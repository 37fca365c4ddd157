package io.cloudops.execute.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An AWS CLI command proven against the service model: the operation and its typed parameters, with
 * the model's exact member names. {@link #arguments} rebuilds the command that runs from them, so
 * what an approver sees is what runs.
 *
 * @param operation the operation
 * @param params the parameters, by API member name ({@code {"InstanceIds": ["i-1"]}})
 */
public record ParsedCommand(OperationModel operation, ObjectNode params) {

  public ParsedCommand {
    params = params.deepCopy();
  }

  @Override
  public ObjectNode params() {
    return params.deepCopy();
  }

  /** A copy with one member set (e.g. {@code DryRun} for a dry run), if the operation has it. */
  public ParsedCommand with(String member, JsonNode value) {
    ObjectNode copy = params.deepCopy();
    if (operation.members().stream().anyMatch(m -> m.name().equals(member))) {
      copy.set(member, value);
    }
    return new ParsedCommand(operation, copy);
  }

  /**
   * The AWS CLI arguments after the binary: service, operation, one {@code --option=value} per
   * parameter (lists and structures as compact JSON; flags as {@code --flag} or {@code --no-flag}),
   * and for a streaming operation the output file.
   *
   * @param outputFile where a streaming operation writes its body; the executor's, never the plan's
   */
  public List<String> arguments(String outputFile) {
    List<String> args = new ArrayList<>();
    args.add(operation.service());
    args.add(operation.cliName());
    for (MemberModel member : operation.members()) {
      JsonNode value = params.get(member.name());
      if (value == null) {
        continue;
      }
      if (member.isFlag()) {
        args.add((value.booleanValue() ? "--" : "--no-") + member.cliName());
      } else if (value.isContainerNode()) {
        args.add("--" + member.cliName() + "=" + value);
      } else {
        args.add("--" + member.cliName() + "=" + value.asText());
      }
    }
    if (operation.streamingOutput()) {
      args.add(outputFile);
    }
    return args;
  }

  /** The parameters' names in order, for messages. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
    fields.forEachRemaining(e -> names.add(e.getKey()));
    return names;
  }
}
