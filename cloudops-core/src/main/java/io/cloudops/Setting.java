package io.cloudops;

/**
 * A setting a core message can point to, named as docs/configuration.md names it. Core messages say
 * what is wrong in these words; each front end adds where the setting is changed there (an
 * environment variable or flag in the CLI, a field in Jenkins's global configuration) through
 * {@link SettingHints}.
 */
public enum Setting {
  DATA_DIR("data dir"),
  QDRANT_URL("Qdrant URL"),
  QDRANT_API_KEY("Qdrant API key"),
  ENCRYPTION_KEY("encryption key"),
  SERVER_URL("planning server URL"),
  AWS_CLI("AWS CLI"),
  AWS_CREDENTIALS("AWS credentials"),
  AWS_ENDPOINT_URL("AWS endpoint URL"),
  CONNECT_TIMEOUT("connect timeout"),
  REQUEST_TIMEOUT("request timeout"),
  BACKUP_BUCKET("backup bucket"),
  BACKUPS_TO_KEEP("backups to keep");

  private final String label;

  Setting(String label) {
    this.label = label;
  }

  /** The setting's name in a sentence, e.g. {@code Qdrant URL}. */
  public String label() {
    return label;
  }
}
