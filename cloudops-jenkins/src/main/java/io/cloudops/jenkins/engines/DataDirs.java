package io.cloudops.jenkins.engines;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.config.StoreKind;
import io.cloudops.datadir.DataDir;
import io.cloudops.datadir.DataDirSecrets;
import io.cloudops.jenkins.StoreSettings;
import java.util.List;

/** The controller's data dir ({@code JENKINS_HOME/cloudops}) through the core's entry point. */
public final class DataDirs {

  private DataDirs() {}

  /**
   * The data dir the store settings name, their keys handed over as values.
   *
   * @param execution plan limits and production tags
   */
  public static DataDir open(StoreSettings store, ExecutionSettings execution) {
    return DataDir.open(
        coreSettings(store),
        execution,
        new DataDirSecrets(store.encryptionKey(), store.qdrantApiKey(), List.of()));
  }

  /** The core's settings for this store (data dir, kind, Qdrant URL). */
  static CloudOpsSettings coreSettings(StoreSettings settings) {
    CloudOpsSettings.Builder builder =
        CloudOpsSettings.builder().dataDir(settings.dataDir()).storeKind(settings.kind());
    if (settings.kind() == StoreKind.QDRANT) {
      builder.qdrantUrl(settings.qdrantUrl().orElse(null));
    }
    return builder.build();
  }
}
