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

  private JenkinsSettingHints() {}

  @Override
  public Optional<String> whereToChange(Setting setting) {
    return Optional.of(
        switch (setting) {
          case DATA_DIR -> Messages.SettingHints_DataDir();
          case QDRANT_URL -> field(Messages.CloudOpsGlobalConfiguration_QdrantUrl());
          case QDRANT_API_KEY -> field(Messages.CloudOpsGlobalConfiguration_QdrantApiKey());
          case ENCRYPTION_KEY -> field(Messages.CloudOpsGlobalConfiguration_EncryptionKey());
          case SERVER_URL -> field(Messages.CloudOpsGlobalConfiguration_ServerUrl());
          case AWS_CLI -> field(Messages.CloudOpsGlobalConfiguration_AwsCli());
          case AWS_CREDENTIALS -> Messages.SettingHints_AwsCredentials();
          case AWS_ENDPOINT_URL -> Messages.SettingHints_AwsEndpointUrl();
          case CONNECT_TIMEOUT -> Messages.SettingHints_ConnectTimeout();
          case REQUEST_TIMEOUT -> Messages.SettingHints_RequestTimeout();
          case BACKUP_BUCKET -> field(Messages.CloudOpsGlobalConfiguration_BackupBucket());
          case BACKUPS_TO_KEEP -> field(Messages.CloudOpsGlobalConfiguration_BackupKeep());
        });
  }

  /** A field of Manage Jenkins, System, CloudOps, by the title the page shows. */
  private static String field(String title) {
    return Messages.CloudOpsGlobalConfiguration_Where(
        Messages.CloudOpsGlobalConfiguration_Section(), title);
  }

  /** The build log's line for a core failure: masked by the caller, prefixed with CloudOps. */
  public static String describe(String context, Throwable failure) {
    return "CloudOps: " + context + INSTANCE.describe(failure);
  }
}
