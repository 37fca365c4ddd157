package io.cloudops.cli;

import io.cloudops.aws.AwsClientFactory;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.datadir.DataDir;
import io.cloudops.datadir.DataDirSecrets;
import io.cloudops.execute.history.ExecutionHistory;
import java.time.Clock;
import java.util.List;
import java.util.Map;

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

  static AwsClientFactory clients(CloudOpsSettings settings, Map<String, String> env) {
    return AwsClientFactory.builder()
        .credentials(CliAws.credentials(env))
        .endpointOverride(settings.awsEndpointUrl().orElse(null))
        .connectTimeout(settings.connectTimeout())
        .socketTimeout(settings.requestTimeout())
        .build();
  }
}
