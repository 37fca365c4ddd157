package io.cloudops.execute.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import io.cloudops.text.UntrustedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * Parses a plan's AWS CLI step ({@code ec2} + {@code stop-instances --instance-ids i-1}) against
 * the SDK's model of the operation. Allowed is only what can be proven:
 *
 * <ul>
 *   <li>the service and the operation exist in the model (the high-level {@code s3} commands,
 *       waiters, {@code configure} and other CLI-only commands do not);
 *   <li>every option is the exact, full name of one of the operation's input members, given once;
 *       no global option ({@code --region}, {@code --endpoint-url}, {@code --output}...) and no CLI
 *       option ({@code --cli-input-json}...) comes from a plan: the executor adds its own;
 *   <li>every value parses as its member's type: a scalar, a list (several values or JSON), a
 *       structure (JSON or shorthand); every string in it is free of control characters and of
 *       prefixes that make the CLI read a file;
 *   <li>no positional argument, except the output file of a streaming operation, which is dropped:
 *       the executor chooses that file.
 * </ul>
 */
public final class CliCommandParser {

  /** The AWS CLI's global options: never a member's option, because the CLI would take them. */
  static final Set<String> GLOBAL_OPTIONS =
      Set.of(
          "debug",
          "endpoint-url",
          "no-verify-ssl",
          "no-paginate",
          "output",
          "query",
          "profile",
          "region",
          "version",
          "color",
          "no-sign-request",
          "ca-bundle",
          "cli-read-timeout",
          "cli-connect-timeout",
          "cli-binary-format",
          "no-cli-pager",
          "cli-auto-prompt",
          "no-cli-auto-prompt",
          "help");

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CliCommandParser() {}

  /**
   * The command proven against the model.
   *
   * @param service the step's {@code command} ({@code ec2})
   * @param args the operation and its arguments
   * @throws InvalidInputException saying what cannot be proven
   */
  public static ParsedCommand parse(String service, List<String> args) {
    if (!NAME.matcher(service).matches()) {
      throw new InvalidInputException(
          "'" + printable(service) + "' is not an AWS CLI service name (expected e.g. ec2)");
    }
    if (args.isEmpty() || !NAME.matcher(args.get(0)).matches()) {
      throw new InvalidInputException(
          "the first argument must be the operation (e.g. stop-instances), got "
              + (args.isEmpty() ? "nothing" : "'" + printable(args.get(0)) + "'"));
    }
    if (service.equals("s3") || args.get(0).equals("wait")) {
      throw new InvalidInputException(
          "'aws "
              + service
              + " "
              + args.get(0)
              + "' is a command of the AWS CLI, not an API operation; use the API operation"
              + " (s3api for S3)");
    }
    OperationModel operation = AwsOperations.require(service, args.get(0));
    Map<MemberModel, Object> given = new LinkedHashMap<>();
    int positional = 0;
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        if (operation.streamingOutput() && positional == 0) {
          positional++;
          continue; // the output file: the executor chooses it
        }
        throw new InvalidInputException(
            "argument "
                + i
                + " '"
                + printable(arg)
                + "' is not an option of "
                + describe(operation)
                + (operation.streamingOutput() ? " (only one output file is taken)" : ""));
      }
      int eq = arg.indexOf('=');
      String option = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      Match match = member(operation, option, i);
      if (given.containsKey(match.member())) {
        throw new InvalidInputException("--" + option + " is given twice");
      }
      if (match.member().isFlag()) {
        if (eq >= 0) {
          throw new InvalidInputException(
              "--"
                  + option
                  + " is a flag and takes no value; use --"
                  + option
                  + " or --no-"
                  + match.member().cliName());
        }
        given.put(match.member(), JsonNodeFactory.instance.booleanNode(match.flagValue()));
        continue;
      }
      List<String> values = new ArrayList<>();
      if (eq >= 0) {
        values.add(arg.substring(eq + 1));
      } else {
        while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
          values.add(args.get(++i));
          if (!match.member().isList()) {
            break;
          }
        }
      }
      if (values.isEmpty()) {
        throw new InvalidInputException("--" + option + " needs a value");
      }
      given.put(match.member(), raw(match.member(), values, "--" + option));
    }
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<MemberModel, Object> entry : given.entrySet()) {
      MemberModel member = entry.getKey();
      params.set(
          member.name(),
          entry.getValue() instanceof JsonNode node && node.isBoolean()
              ? node
              : ParameterValues.typed(entry.getValue(), member.field(), "--" + member.cliName()));
    }
    // the SDK builds the request from the same parameters: a second, independent type check
    SdkPojoJson.fill(operation.newRequestBuilder(), params, operation.apiName());
    return new ParsedCommand(operation, params);
  }

  private record Match(MemberModel member, boolean flagValue) {}

  private static Match member(OperationModel operation, String option, int index) {
    if (GLOBAL_OPTIONS.contains(option) || option.startsWith("cli-")) {
      throw new InvalidInputException(
          "argument "
              + index
              + " '--"
              + printable(option)
              + "' is an option of the AWS CLI itself; CloudOps sets region, endpoint and output,"
              + " remove it from the plan");
    }
    var exact = operation.member(option);
    if (exact.isPresent()) {
      if (GLOBAL_OPTIONS.contains(exact.get().cliName())) {
        throw new InvalidInputException(
            "--" + option + " of " + describe(operation) + " clashes with a global AWS CLI option");
      }
      return new Match(exact.get(), true);
    }
    if (option.startsWith("no-")) {
      var negated = operation.member(option.substring(3));
      if (negated.isPresent() && negated.get().isFlag()) {
        return new Match(negated.get(), false);
      }
    }
    throw new InvalidInputException(
        "argument "
            + index
            + " '--"
            + printable(option)
            + "' is not an option of "
            + describe(operation)
            + " (options: "
            + String.join(", ", operation.members().stream().map(m -> "--" + m.cliName()).toList())
            + "); options must be spelled in full");
  }

  private static Object raw(MemberModel member, List<String> values, String path) {
    if (values.size() > 1) {
      List<Object> elements = new ArrayList<>();
      for (String value : values) {
        elements.add(single(value, path, true));
      }
      return elements;
    }
    return single(values.get(0), path, member.isList() || isStructure(member));
  }

  private static boolean isStructure(MemberModel member) {
    var type = member.field().marshallingType();
    return type == MarshallingType.SDK_POJO || type == MarshallingType.MAP;
  }

  private static Object single(String value, String path, boolean complex) {
    String trimmed = value.strip();
    if (complex && (trimmed.startsWith("[") || trimmed.startsWith("{"))) {
      try {
        return MAPPER.readTree(trimmed);
      } catch (JsonProcessingException e) {
        throw new InvalidInputException(
            path + " is not valid JSON: " + e.getOriginalMessage() + "; check the quoting");
      }
    }
    if (complex && trimmed.contains("=")) {
      return Shorthand.parse(value);
    }
    return value;
  }

  private static String describe(OperationModel operation) {
    return "'aws " + operation.service() + " " + operation.cliName() + "'";
  }

  /** A value for an error message: control characters made visible, long values cut. */
  static String printable(String value) {
    String visible = UntrustedText.visible(value);
    return visible.length() > 80 ? visible.substring(0, 77) + "..." : visible;
  }
}
