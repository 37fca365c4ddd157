package io.cloudops.execute;

import io.cloudops.CloudOpsException;
import io.cloudops.execute.executor.Cancellation;
import io.cloudops.execute.executor.ProcessOutcome;
import io.cloudops.execute.executor.ProcessRunner;
import io.cloudops.execute.executor.SecretMasker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before a plan's first AWS CLI step, that the configured AWS CLI is version 2: version 1
 * (the Python {@code aws} that pip or pyenv put first on PATH) rejects options the executor passes
 * ({@code --no-cli-pager}) and would fail mid-plan.
 */
final class AwsCliVersionCheck {

  private static final Pattern VERSION = Pattern.compile("aws-cli/(\\d+)\\.(\\d+)\\.(\\d+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Path awsCli;
  private volatile boolean passed;

  AwsCliVersionCheck(Path awsCli) {
    this.awsCli = awsCli;
  }

  /**
   * Runs {@code aws --version} once per engine.
   *
   * @throws CloudOpsException naming the path and the version found when it is not version 2
   */
  void requireVersion2() {
    if (passed) {
      return;
    }
    String found = version();
    Matcher m = VERSION.matcher(found);
    if (!m.find()) {
      throw new CloudOpsException(
          "the AWS CLI at "
              + awsCli
              + " did not report a version ('"
              + found
              + "'); CloudOps runs AWS CLI version 2: set the AWS CLI path to a version 2 binary");
    }
    if (!m.group(1).equals("2")) {
      throw new CloudOpsException(
          "the AWS CLI at "
              + awsCli
              + " is version "
              + m.group(1)
              + "."
              + m.group(2)
              + "."
              + m.group(3)
              + "; CloudOps runs AWS CLI version 2 (a Python version 1 'aws' may come first on"
              + " PATH): set the AWS CLI path to a version 2 binary, e.g. /usr/bin/aws");
    }
    passed = true;
  }

  private String version() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String name : List.of("PATH", "HOME", "PYENV_ROOT", "PYENV_VERSION")) {
      String value = System.getenv(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    env.put("AWS_PAGER", "");
    try {
      ProcessOutcome outcome =
          new ProcessRunner()
              .run(
                  List.of(awsCli.toString(), "--version"),
                  env,
                  Path.of(System.getProperty("java.io.tmpdir")),
                  TIMEOUT,
                  new Cancellation(),
                  SecretMasker.none(),
                  line -> {});
      return outcome.excerpt().strip().replaceAll("\\s*\\R\\s*", " ");
    } catch (IOException e) {
      throw new CloudOpsException(
          "cannot run the AWS CLI at "
              + awsCli
              + ": "
              + e.getMessage()
              + "; install AWS CLI version 2 or set the AWS CLI path",
          e);
    }
  }
}
