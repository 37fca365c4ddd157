package io.cloudops.datadir;

import io.cloudops.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.backup.EmbeddedSnapshotSource;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.execute.ExecutionEngine;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.risk.IamAccessLevels;
import io.cloudops.execute.risk.ResourceLookup;
import io.cloudops.execute.risk.RiskAssessor;
import io.cloudops.execute.risk.RiskPolicy;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A data dir as the CLI and the Jenkins plugin both open it: the settings, the key ring every
 * reader uses ({@link KeyFiles#loadRing}), the store, the execution history, the risk assessor with
 * the configured production tags, and an execution engine with the configured plan limits that
 * masks the front end's secrets. The one place this wiring lives.
 */
public final class DataDir {

  private final CloudOpsSettings settings;
  private final ExecutionSettings execution;
  private final DataDirSecrets secrets;

  private DataDir(CloudOpsSettings settings, ExecutionSettings execution, DataDirSecrets secrets) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.execution = Objects.requireNonNull(execution, "execution");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /**
   * @param settings where the data dir and store are, the AWS CLI binary
   * @param execution plan limits and production tags
   * @param secrets the store key and the other secrets of the front end, as values
   */
  public static DataDir open(
      CloudOpsSettings settings, ExecutionSettings execution, DataDirSecrets secrets) {
    return new DataDir(settings, execution, secrets);
  }

  public CloudOpsSettings settings() {
    return settings;
  }

  public Path path() {
    return settings.dataDir();
  }

  public ExecutionSettings execution() {
    return execution;
  }

  public DataDirSecrets secrets() {
    return secrets;
  }

  /** The current key and, during an unfinished rotation, the next one; creates the key file. */
  public KeyRing keyRing() {
    return KeyFiles.loadRing(settings.dataDir(), secrets.storeKey());
  }

  /** Opens the configured store (embedded or Qdrant); the caller closes it. */
  public StoreHandle openStores(StoreAccess access, Stores.Warmup warmup) {
    // a reader of a fresh data dir creates no key file: it finds an empty store
    KeyRing keys =
        access == StoreAccess.READ_ONLY
            ? KeyFiles.loadRingIfPresent(settings.dataDir(), secrets.storeKey())
                .orElseGet(() -> KeyRing.of(KeyFiles.newKey()))
            : keyRing();
    return Stores.open(
        settings, keys, secrets.qdrantApiKey().orElse(Secret.of("")), access, warmup);
  }

  /** The embedded store's snapshots, for backups; a restore waits {@code lockWait} for writers. */
  public EmbeddedSnapshotSource snapshotSource(Duration lockWait) {
    return new EmbeddedSnapshotSource(
        Stores.snapshots(settings.dataDir(), this::keyRing, lockWait));
  }

  /** The durable execution history of this data dir, sealed with its key ring. */
  public ExecutionHistory history(Clock clock) {
    return ExecutionHistory.open(settings.dataDir(), new AesGcmCipher(keyRing()), clock);
  }

  /** The risk assessor: AWS's IAM access levels and the configured production tags. */
  public RiskAssessor riskAssessor(ResourceLookup lookup) {
    return new RiskAssessor(IamAccessLevels.bundled(), RiskPolicy.of(execution), lookup);
  }

  /**
   * An engine over this data dir: locks and history here, the configured AWS CLI, risk assessor,
   * plan limits, and the front end's secrets masked. The caller adds region, listeners, approval
   * policy and timeouts, and closes {@code clients}.
   *
   * @param lookup the targets' tags for the production rule (from the store)
   */
  public ExecutionEngine.Builder engine(
      AwsClientFactory clients, ResourceLookup lookup, Clock clock) {
    return ExecutionEngine.builder()
        .dataDir(settings.dataDir())
        .awsCli(settings.awsCli())
        .clients(clients)
        .risk(riskAssessor(lookup))
        .limits(execution)
        .history(history(clock))
        .maskSecrets(secrets.all())
        .clock(clock);
  }

  @Override
  public String toString() {
    return "DataDir[" + settings.dataDir() + "]";
  }
}
