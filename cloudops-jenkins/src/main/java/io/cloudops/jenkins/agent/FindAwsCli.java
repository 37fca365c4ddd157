package io.cloudops.jenkins.agent;

import hudson.AbortException;
import io.cloudops.config.CloudOpsSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.security.MasterToSlaveCallable;

/**
 * Finds the AWS CLI on the node that runs a plan: the configured path, else {@code /usr/bin/aws},
 * else {@code aws} on that node's PATH. Its absence is one line that names the node.
 */
public final class FindAwsCli extends MasterToSlaveCallable<String, IOException> {
  private static final long serialVersionUID = 1L;

  private final String configured;
  private final String nodeName;

  /**
   * @param configured the global setting; null for the defaults
   * @param nodeName for the message
   */
  public FindAwsCli(String configured, String nodeName) {
    this.configured = configured;
    this.nodeName = nodeName;
  }

  /** The AWS CLI on {@code place}. */
  public static Path on(WorkPlace place, String configured)
      throws IOException, InterruptedException {
    return Path.of(place.act(new FindAwsCli(configured, place.nodeName())));
  }

  @Override
  public String call() throws IOException {
    if (configured != null) {
      if (Files.isExecutable(Path.of(configured))) {
        return configured;
      }
      throw new AbortException(
          "CloudOps: the AWS CLI '"
              + configured
              + "' (Manage Jenkins, System, CloudOps, 'AWS CLI on the agents') is not an"
              + " executable file on "
              + nodeName);
    }
    if (Files.isExecutable(CloudOpsSettings.DEBIAN_AWS_CLI)) {
      return CloudOpsSettings.DEBIAN_AWS_CLI.toString();
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "aws"))) {
          return Path.of(dir, "aws").toString();
        }
      }
    }
    throw new AbortException(
        "CloudOps: no AWS CLI on "
            + nodeName
            + ": neither "
            + CloudOpsSettings.DEBIAN_AWS_CLI
            + " nor aws on its PATH; install AWS CLI v2 there or set 'AWS CLI on the agents' in"
            + " Manage Jenkins, System, CloudOps");
  }
}
