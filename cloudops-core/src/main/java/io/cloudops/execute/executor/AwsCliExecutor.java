package io.cloudops.execute.executor;

import com.fasterxml.jackson.databind.node.BooleanNode;
import io.cloudops.InvalidInputException;
import io.cloudops.execute.command.CliCommandParser;
import io.cloudops.execute.command.ParsedCommand;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an AWS CLI step with the configured AWS CLI v2 binary, as an argument list through {@link
 * ProcessRunner}. The step is first proven against the service model ({@link CliCommandParser});
 * what runs is the command rebuilt from that parsed form, never the plan's own text.
 *
 * <p>The process gets only: credentials and region from CloudOps, a private HOME and
 * AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE in the sandbox (it never reads the user's {@code
 * ~/.aws}), {@code AWS_PAGER=""}, and {@code --endpoint-url} as an argument when an endpoint is
 * configured (Debian's CLI 2.9 ignores {@code AWS_ENDPOINT_URL}).
 */
public final class AwsCliExecutor implements StepExecutor {

  /** What the AWS CLI prints when an EC2 DryRun call would have succeeded. */
  static final String DRY_RUN_SUCCEEDED = "DryRunOperation";

  private static final String DRY_RUN_MEMBER = "DryRun";

  private final Path awsCli;
  private final ProcessLauncher runner;

  /** Processes on this machine, in bubblewrap when it works here. */
  public AwsCliExecutor(Path awsCli, ProcessRunner runner) {
    this(awsCli, ProcessLauncher.sandboxed(runner));
  }

  /**
   * @param awsCli the AWS CLI v2 binary on the machine {@code launcher} starts processes on
   */
  public AwsCliExecutor(Path awsCli, ProcessLauncher launcher) {
    this.awsCli = awsCli;
    this.runner = launcher;
  }

  @Override
  public void validate(PlannedStep step, String region) {
    parse(step);
  }

  /**
   * The step proven against the service model.
   *
   * @throws UnsafeStepException saying what cannot be proven
   */
  static ParsedCommand parse(PlannedStep step) {
    try {
      return CliCommandParser.parse(step.command(), step.args());
    } catch (InvalidInputException e) {
      throw new UnsafeStepException(step.stepId(), e.getMessage());
    }
  }

  @Override
  public List<String> describe(PlannedStep step, ExecutorContext context) {
    return context.masker().mask(argv(parse(step), step, context, context.dryRun()));
  }

  @Override
  public StepOutcome run(PlannedStep step, ExecutorContext context) {
    ParsedCommand command = parse(step);
    boolean ec2DryRun = context.dryRun() && hasDryRun(command);
    List<String> argv = argv(command, step, context, context.dryRun());
    List<String> masked = context.masker().mask(argv);
    if (context.dryRun() && !ec2DryRun) {
      return new StepOutcome(
          ExecutionStatus.SUCCESS, masked, null, "dry run: not run (no DryRun flag)", null, null);
    }
    ProcessOutcome outcome;
    try {
      runner.createDirectories(outputFile(step, context).getParent());
      outcome =
          runner.run(
              argv,
              environment(context),
              context.sandbox(),
              context.timeout(),
              context.cancellation(),
              context.masker(),
              context.output());
    } catch (IOException e) {
      return new StepOutcome(
          ExecutionStatus.FAILED,
          masked,
          null,
          "",
          null,
          "cannot start the AWS CLI "
              + awsCli
              + ": "
              + e.getMessage()
              + " (set the AWS CLI setting to the AWS CLI v2 binary)");
    }
    return outcome(masked, outcome, ec2DryRun, context);
  }

  private static StepOutcome outcome(
      List<String> argv, ProcessOutcome outcome, boolean ec2DryRun, ExecutorContext context) {
    if (outcome.cancelled()) {
      return new StepOutcome(
          ExecutionStatus.CANCELLED, argv, null, outcome.excerpt(), outcome.sha256(), "cancelled");
    }
    if (outcome.timedOut()) {
      return new StepOutcome(
          ExecutionStatus.FAILED,
          argv,
          null,
          outcome.excerpt(),
          outcome.sha256(),
          "timed out after " + context.timeout().toSeconds() + " s; the process tree was killed");
    }
    if (ec2DryRun && outcome.excerpt().contains(DRY_RUN_SUCCEEDED)) {
      return new StepOutcome(
          ExecutionStatus.SUCCESS,
          argv,
          outcome.exitCode(),
          outcome.excerpt(),
          outcome.sha256(),
          null);
    }
    if (outcome.exitCode() != 0) {
      return new StepOutcome(
          ExecutionStatus.FAILED,
          argv,
          outcome.exitCode(),
          outcome.excerpt(),
          outcome.sha256(),
          "the AWS CLI exited with code "
              + outcome.exitCode()
              + ": "
              + lastLine(outcome.excerpt()));
    }
    return new StepOutcome(
        ExecutionStatus.SUCCESS, argv, 0, outcome.excerpt(), outcome.sha256(), null);
  }

  /**
   * The command that runs: rebuilt from the parsed form, never the plan's own text, followed by the
   * options only the executor sets (endpoint, output, no pager).
   */
  private List<String> argv(
      ParsedCommand command, PlannedStep step, ExecutorContext context, boolean dryRun) {
    ParsedCommand effective =
        dryRun && hasDryRun(command) ? command.with(DRY_RUN_MEMBER, BooleanNode.TRUE) : command;
    List<String> argv = new ArrayList<>();
    argv.add(awsCli.toString());
    argv.addAll(effective.arguments(outputFile(step, context).toString()));
    if (context.endpoint() != null) {
      argv.add("--endpoint-url=" + context.endpoint());
    }
    argv.add("--output=json");
    argv.add("--no-cli-pager");
    return argv;
  }

  private static boolean hasDryRun(ParsedCommand command) {
    return command.operation().members().stream()
        .anyMatch(m -> m.name().equals(DRY_RUN_MEMBER) && m.isFlag());
  }

  /** Where a streaming operation writes its body: a file of the run's own directory. */
  static Path outputFile(PlannedStep step, ExecutorContext context) {
    return context
        .sandbox()
        .resolve("output")
        .resolve("step-" + step.stepId().replaceAll("[^A-Za-z0-9_-]", "_") + ".out");
  }

  private static Map<String, String> environment(ExecutorContext context) {
    Path home = context.sandbox();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.put("LANG", "C.UTF-8");
    env.put("HOME", home.toString());
    env.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
    env.put("AWS_PAGER", "");
    env.put("AWS_CLI_AUTO_PROMPT", "off");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    // throttling and transient errors are retried by the CLI itself; a failed step is not re-run
    env.put("AWS_RETRY_MODE", "standard");
    env.put("AWS_MAX_ATTEMPTS", "3");
    env.put("AWS_REGION", context.region());
    env.put("AWS_DEFAULT_REGION", context.region());
    env.putAll(context.awsEnvironment());
    return env;
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\\R");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }
}
