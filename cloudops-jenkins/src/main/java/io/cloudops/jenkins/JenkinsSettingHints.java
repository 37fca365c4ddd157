package io.cloudops.jenkins;

import io.cloudops.Setting;
import io.cloudops.SettingHints;
import java.util.Optional;

/**
 * Where a Jenkins administrator changes each setting a core message names: a field of Manage
 * Jenkins, System, CloudOps, a step parameter, or the controller's environment (docs/jenkins.md).
 */
public final class JenkinsSettingHints implements SettingHints {

  public static final JenkinsSettingHints INSTANCE = new JenkinsSettingHints();

  private static final String SYSTEM = "Manage Jenkins, System, CloudOps: ";

  private JenkinsSettingHints() {}

  @Override
  public Optional<String> whereToChange(Setting setting) {
    return Optional.of(
        switch (setting) {
          case DATA_DIR -> "JENKINS_HOME/cloudops, shared by every build on this controller";
          case QDRANT_URL -> SYSTEM + "Qdrant URL";
          case QDRANT_API_KEY -> SYSTEM + "Qdrant credentials";
          case ENCRYPTION_KEY -> SYSTEM + "Encryption key";
          case SERVER_URL -> SYSTEM + "Planning server URL";
          case AWS_CLI -> SYSTEM + "AWS CLI on the agents";
          case AWS_CREDENTIALS ->
              "the step's credentialsId, or withCredentials([aws(…)]) around it";
          case AWS_ENDPOINT_URL -> "AWS_ENDPOINT_URL in the step's environment";
          case REQUEST_TIMEOUT -> "CLOUDOPS_REQUEST_TIMEOUT in the controller's environment";
          case BACKUP_BUCKET -> SYSTEM + "Backup S3 bucket";
          case BACKUPS_TO_KEEP -> SYSTEM + "Backups to keep";
        });
  }

  /** The build log's line for a core failure: masked by the caller, prefixed with CloudOps. */
  public static String describe(String context, Throwable failure) {
    return "CloudOps: " + context + INSTANCE.describe(failure);
  }
}
