package io.cloudops.execute.executor;

import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.ExecutionStep;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs {@code aws <service> <operation> <args...>} with the configured AWS CLI v2 binary, as an
 * argument list through {@link ProcessRunner}.
 *
 * <p>The process gets only: credentials and region from CloudOps, a private HOME and
 * AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE in the sandbox (it never reads the user's {@code
 * ~/.aws}), {@code AWS_PAGER=""}, and {@code --endpoint-url} as an argument when an endpoint is
 * configured (Debian's CLI 2.9 ignores {@code AWS_ENDPOINT_URL}).
 */
public final class AwsCliExecutor implements StepExecutor {

  /** What the AWS CLI prints when an EC2 DryRun call would have succeeded. */
  static final String DRY_RUN_SUCCEEDED = "DryRunOperation";

  private final Path awsCli;
  private final ProcessRunner runner;
  private final Predicate<ExecutionStep> supportsDryRun;

  /**
   * @param supportsDryRun whether the operation takes EC2's {@code --dry-run} flag
   */
  public AwsCliExecutor(
      Path awsCli, ProcessRunner runner, Predicate<ExecutionStep> supportsDryRun) {
    this.awsCli = awsCli;
    this.runner = runner;
    this.supportsDryRun = supportsDryRun;
  }

  @Override
  public void validate(ExecutionStep step, String region) {
    AwsCliArguments.validate(step, region);
  }

  @Override
  public List<String> describe(ExecutionStep step, StepContext context) {
    return context
        .masker()
        .mask(argv(step, context, context.dryRun() && supportsDryRun.test(step)));
  }

  @Override
  public StepOutcome run(ExecutionStep step, StepContext context) {
    validate(step, context.region());
    boolean ec2DryRun = context.dryRun() && supportsDryRun.test(step);
    List<String> argv = argv(step, context, ec2DryRun);
    List<String> masked = context.masker().mask(argv);
    if (context.dryRun() && !ec2DryRun) {
      return new StepOutcome(
          ExecutionStatus.SUCCESS, masked, null, "dry run: not run (no DryRun flag)", null, null);
    }
    ProcessOutcome outcome;
    try {
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
              + " (set CLOUDOPS_AWS_CLI to the AWS CLI v2 binary)");
    }
    return outcome(masked, outcome, ec2DryRun, context);
  }

  private static StepOutcome outcome(
      List<String> argv, ProcessOutcome outcome, boolean ec2DryRun, StepContext context) {
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

  private List<String> argv(ExecutionStep step, StepContext context, boolean ec2DryRun) {
    List<String> argv = new ArrayList<>();
    argv.add(awsCli.toString());
    argv.add(step.command());
    argv.addAll(step.args());
    if (context.endpoint() != null) {
      argv.add("--endpoint-url");
      argv.add(context.endpoint().toString());
    }
    argv.add("--output");
    argv.add("json");
    argv.add("--no-cli-pager");
    if (ec2DryRun && !step.args().contains("--dry-run")) {
      argv.add("--dry-run");
    }
    return argv;
  }

  private static Map<String, String> environment(StepContext context) {
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
