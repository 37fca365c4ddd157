package io.cloudops.cli;

import io.cloudops.Setting;
import io.cloudops.SettingHints;
import java.util.Optional;

/** Where a CLI user changes each setting a core message names (docs/configuration.md). */
final class CliSettingHints implements SettingHints {

  static final CliSettingHints INSTANCE = new CliSettingHints();

  private CliSettingHints() {}

  @Override
  public Optional<String> whereToChange(Setting setting) {
    return Optional.of(
        switch (setting) {
          case DATA_DIR -> "--data-dir or CLOUDOPS_DATA_DIR";
          case QDRANT_URL -> "CLOUDOPS_QDRANT_URL";
          case QDRANT_API_KEY -> "CLOUDOPS_QDRANT_API_KEY";
          case ENCRYPTION_KEY -> "CLOUDOPS_KEY or <data-dir>/key";
          case SERVER_URL -> "ask --server or CLOUDOPS_SERVER_URL";
          case AWS_CLI -> "CLOUDOPS_AWS_CLI";
          case AWS_CREDENTIALS -> "--profile, AWS_PROFILE or the AWS_* key variables";
          case AWS_ENDPOINT_URL -> "--endpoint-url or AWS_ENDPOINT_URL";
          case CONNECT_TIMEOUT -> "CLOUDOPS_CONNECT_TIMEOUT";
          case REQUEST_TIMEOUT -> "CLOUDOPS_REQUEST_TIMEOUT";
          case BACKUP_BUCKET -> "--bucket or CLOUDOPS_BACKUP_BUCKET";
          case BACKUPS_TO_KEEP -> "backup create --keep";
        });
  }
}
