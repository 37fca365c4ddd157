package io.cloudops.jenkins.engines;

import hudson.AbortException;
import io.cloudops.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.aws.AwsRegion;
import io.cloudops.backup.BackupSession;
import io.cloudops.backup.BackupTarget;
import io.cloudops.backup.CreateResult;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.config.StoreKind;
import io.cloudops.jenkins.CloudOpsGlobalConfiguration;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.credentials.ControllerAwsCredentials;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.spi.BackupRunner;
import io.cloudops.store.backends.Stores;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backs the controller's embedded store ({@code JENKINS_HOME/cloudops}) up with the core's {@link
 * io.cloudops.backup.BackupManager}, built as {@code cloudops backup create} builds it: an {@code
 * EmbeddedSnapshotSource} of the data dir (opened through the core's {@link
 * io.cloudops.datadir.DataDir}, the configured key handed over as a value), the default prefix
 * {@value BackupTarget#DEFAULT_PREFIX} with SSE-S3, and an S3 client with the controller's own AWS
 * identity ({@link ControllerAwsCredentials}), region and endpoint.
 */
public final class CoreBackupRunner implements BackupRunner {

  private final JenkinsFacade jenkins;
  private final Map<String, String> controllerEnvironment;
  private final Clock clock;

  /**
   * @param controllerEnvironment where the AWS identity, region and endpoint come from ({@code
   *     System.getenv()} in Jenkins)
   * @param clock names the backups (their creation time)
   */
  public CoreBackupRunner(
      JenkinsFacade jenkins, Map<String, String> controllerEnvironment, Clock clock) {
    this.jenkins = jenkins;
    this.controllerEnvironment = Map.copyOf(controllerEnvironment);
    this.clock = clock;
  }

  @Override
  public CreateResult create(String bucket, int keep) throws IOException {
    CloudOpsGlobalConfiguration config = jenkins.configuration();
    if (config.getStoreKind() != StoreKind.EMBEDDED) {
      throw new AbortException(
          "only the embedded store can be backed up, this controller uses "
              + config.getStoreKind()
              + " (back Qdrant up with its own snapshots); clear 'Backup S3 bucket' in Manage"
              + " Jenkins, System, CloudOps");
    }
    StoreSettings store = new Settings(jenkins).store(config, null);
    ResolvedAws aws =
        ControllerAwsCredentials.resolve(
            controllerEnvironment,
            config.isAllowControllerDefaultCredentials(),
            "scheduled backups");
    List<Secret> secrets = secrets(aws, store);
    try (AwsClientFactory clients =
            AwsClientFactory.builder()
                .credentials(aws.credentials())
                .endpointOverride(aws.endpoint().orElse(null))
                .build();
        BackupSession session =
            BackupSession.open(
                clients,
                aws.region().orElse(AwsRegion.DEFAULT),
                new BackupTarget(bucket, null, null),
                DataDirs.open(store, ExecutionSettings.DEFAULT)
                    .snapshotSource(Stores.DEFAULT_LOCK_WAIT),
                clock)) {
      return session.manager().create(keep);
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new AbortException(mask(message, secrets));
    }
  }

  private static List<Secret> secrets(ResolvedAws aws, StoreSettings store) {
    List<Secret> secrets = new ArrayList<>();
    if (aws.credentials() instanceof AwsCredentialsSpec.StaticKeys keys) {
      secrets.add(keys.secretAccessKey());
      if (keys.sessionToken() != null) {
        secrets.add(keys.sessionToken());
      }
    }
    store.encryptionKey().ifPresent(secrets::add);
    return secrets;
  }

  private static String mask(String text, List<Secret> secrets) {
    String masked = text;
    for (Secret secret : secrets) {
      masked = secret.maskIn(masked);
    }
    return masked;
  }
}
