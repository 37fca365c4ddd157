package io.cloudops.execute.executor;

import io.cloudops.model.ExecutionStep;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules an AWS CLI step's arguments must pass. The arguments reach the CLI as an argument list
 * (no shell), so quoting and shell syntax in values are inert; what remains dangerous is what the
 * CLI itself does with them:
 *
 * <ul>
 *   <li>values starting with {@code file://}, {@code fileb://}, {@code http://} or {@code https://}
 *       make the CLI read local files or URLs: refused;
 *   <li>{@code --profile}, {@code --endpoint-url}, {@code --debug}, every {@code --cli-*}, {@code
 *       --ca-bundle}, {@code --no-verify-ssl} and {@code --no-sign-request} override what CloudOps
 *       configures: refused, also abbreviated; {@code --region} only with the configured region;
 *   <li>commands that read or write local files or configuration ({@code configure}, {@code s3
 *       cp|mv|sync}, {@code cloudformation package|deploy}, {@code eks update-kubeconfig}...) or
 *       print credentials ({@code ecr get-login-password}): refused;
 *   <li>operations that write their response to a file name given as the last argument ({@code
 *       s3api get-object}, {@code lambda invoke}): the name must be a plain file name, so the file
 *       lands in the step's private sandbox directory.
 * </ul>
 */
public final class AwsCliArguments {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
  private static final List<String> LOCAL_READ_PREFIXES =
      List.of("file://", "fileb://", "http://", "https://");
  private static final Set<String> FORBIDDEN_OPTIONS =
      Set.of(
          "profile",
          "endpoint-url",
          "debug",
          "ca-bundle",
          "no-verify-ssl",
          "no-sign-request",
          "cli-input-json",
          "cli-input-yaml",
          "cli-binary-format",
          "cli-read-timeout",
          "cli-connect-timeout",
          "cli-auto-prompt",
          "no-cli-auto-prompt",
          "no-cli-pager");
  private static final Set<String> FORBIDDEN_SERVICES =
      Set.of("configure", "history", "cli-dev", "help");
  private static final Map<String, Set<String>> FORBIDDEN_COMMANDS =
      Map.of(
          "s3", Set.of("cp", "mv", "sync"),
          "cloudformation", Set.of("package", "deploy"),
          "eks", Set.of("update-kubeconfig", "get-token"),
          "ecr", Set.of("get-login-password", "get-login"),
          "ecr-public", Set.of("get-login-password"),
          "codeartifact", Set.of("login", "get-authorization-token"),
          "emr", Set.of("ssh", "socks", "get", "put"),
          "deploy", Set.of("push", "install", "uninstall"),
          "ec2-instance-connect", Set.of("ssh", "open-tunnel"),
          "ssm", Set.of("start-session"));
  private static final Map<String, Set<String>> OUTFILE_COMMANDS =
      Map.of(
          "s3api", Set.of("get-object", "get-object-torrent"),
          "lambda", Set.of("invoke"),
          "polly", Set.of("synthesize-speech"),
          "glacier", Set.of("get-job-output"));

  private AwsCliArguments() {}

  /**
   * Refuses a step whose arguments break a rule.
   *
   * @param region the configured region; {@code --region} may only repeat it
   * @throws UnsafeStepException naming the argument and the rule
   */
  public static void validate(ExecutionStep step, String region) {
    String id = step.stepId();
    String service = step.command();
    List<String> args = step.args();
    if (!NAME.matcher(service).matches()) {
      throw new UnsafeStepException(
          id, "'" + service + "' is not an AWS CLI service name (expected e.g. ec2)");
    }
    if (args.isEmpty() || !NAME.matcher(args.get(0)).matches()) {
      throw new UnsafeStepException(
          id,
          "the first argument must be the operation (e.g. stop-instances), got "
              + (args.isEmpty() ? "nothing" : "'" + args.get(0) + "'"));
    }
    String operation = args.get(0);
    if (FORBIDDEN_SERVICES.contains(service)
        || FORBIDDEN_COMMANDS.getOrDefault(service, Set.of()).contains(operation)) {
      throw new UnsafeStepException(
          id,
          "'aws "
              + service
              + " "
              + operation
              + "' reads or writes local files, configuration or credentials; use the API"
              + " operation instead (e.g. s3api)");
    }
    for (int i = 1; i < args.size(); i++) {
      checkArgument(id, i, args.get(i), args, region);
    }
    if (OUTFILE_COMMANDS.getOrDefault(service, Set.of()).contains(operation)) {
      String outfile = args.get(args.size() - 1);
      if (!PLAIN_FILE_NAME.matcher(outfile).matches()) {
        throw new UnsafeStepException(
            id,
            "'aws "
                + service
                + " "
                + operation
                + "' writes to its last argument '"
                + outfile
                + "'; it must be a plain file name (no directories)");
      }
    }
  }

  private static void checkArgument(
      String id, int index, String arg, List<String> args, String region) {
    if (arg.indexOf('\0') >= 0) {
      throw new UnsafeStepException(id, "argument " + index + " contains a NUL character");
    }
    String value = arg;
    if (arg.startsWith("--")) {
      int eq = arg.indexOf('=');
      String option = (eq < 0 ? arg.substring(2) : arg.substring(2, eq)).toLowerCase(Locale.ROOT);
      if (isForbiddenOption(option)) {
        throw new UnsafeStepException(
            id,
            "argument "
                + index
                + " '--"
                + option
                + "' overrides what CloudOps configures (profile, endpoint, debug, --cli-*"
                + " options); remove it from the plan");
      }
      if (option.equals("region")) {
        String given =
            eq >= 0 ? arg.substring(eq + 1) : index + 1 < args.size() ? args.get(index + 1) : "";
        if (!given.equals(region)) {
          throw new UnsafeStepException(
              id,
              "argument "
                  + index
                  + " sets --region "
                  + given
                  + " but this execution runs in "
                  + region
                  + "; run the plan with that region instead");
        }
      }
      if (eq < 0) {
        return;
      }
      value = arg.substring(eq + 1);
    }
    String lower = value.strip().toLowerCase(Locale.ROOT);
    for (String prefix : LOCAL_READ_PREFIXES) {
      if (lower.startsWith(prefix)) {
        throw new UnsafeStepException(
            id,
            "argument "
                + index
                + " starts with "
                + prefix
                + ", which makes the AWS CLI read a local file or URL; put the value in the"
                + " plan itself");
      }
    }
  }

  private static boolean isForbiddenOption(String option) {
    if (option.startsWith("cli-") || option.equals("cli")) {
      return true;
    }
    for (String forbidden : FORBIDDEN_OPTIONS) {
      // the CLI's parser may accept unambiguous abbreviations (--endpoint, --prof)
      if (forbidden.equals(option) || (option.length() >= 2 && forbidden.startsWith(option))) {
        return true;
      }
    }
    return false;
  }
}
