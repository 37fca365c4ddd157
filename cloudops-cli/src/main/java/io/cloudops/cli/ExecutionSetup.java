package io.cloudops.cli;

import io.cloudops.aws.AwsClientFactory;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.datadir.DataDir;
import io.cloudops.datadir.DataDirSecrets;
import io.cloudops.execute.history.ExecutionHistory;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the execute and history commands share: the history of the data dir, AWS clients. */
final class ExecutionSetup {

  private ExecutionSetup() {}

  static ExecutionHistory history(CloudOpsSettings settings, Map<String, String> env) {
    return dataDir(settings, env).history(Clock.systemUTC());
  }

  /**
   * The data dir with the secrets of the environment: the store key, the Qdrant API key and the
   * planning server's token (masked in reviews, output and history like AWS keys).
   */
  static DataDir dataDir(CloudOpsSettings settings, Map<String, String> env) {
    return DataDir.open(
        settings,
        ExecutionSettings.from(env),
        DataDirSecrets.fromEnvironment(env, List.of(AskCommand.TOKEN_VARIABLE)));
  }

  /**
   * The history for reading, creating nothing: empty when the data dir has neither a key nor a
   * history.
   */
  static Optional<ExecutionHistory> historyForReading(
      CloudOpsSettings settings, Map<String, String> env) {
    Optional<KeyRing> ring = KeyFiles.loadRingIfPresent(settings.dataDir(), env);
    if (ring.isEmpty()) {
      if (Files.exists(ExecutionHistory.file(settings.dataDir()))) {
        throw new CryptoException(
            "The execution history "
                + ExecutionHistory.file(settings.dataDir())
                + " needs the key that wrote it: set "
                + KeyFiles.KEY_VARIABLE
                + " or restore "
                + settings.dataDir().resolve(KeyFiles.KEY_FILE));
      }
      return Optional.empty();
    }
    return Optional.of(
        ExecutionHistory.open(settings.dataDir(), new AesGcmCipher(ring.get()), Clock.systemUTC()));
  }

  static AwsClientFactory clients(CloudOpsSettings settings, Map<String, String> env) {
    return AwsClientFactory.builder()
        .credentials(CliAws.credentials(env))
        .endpointOverride(settings.awsEndpointUrl().orElse(null))
        .connectTimeout(settings.connectTimeout())
        .socketTimeout(settings.requestTimeout())
        .build();
  }
}
