package io.cloudops.cli;

import io.cloudops.aws.AwsClientFactory;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.execute.history.ExecutionHistory;
import java.time.Clock;
import java.util.Map;

/** What the execute and history commands share: the history of the data dir, AWS clients. */
final class ExecutionSetup {

  private ExecutionSetup() {}

  static ExecutionHistory history(CloudOpsSettings settings, Map<String, String> env) {
    return ExecutionHistory.open(
        settings.dataDir(),
        new AesGcmCipher(KeyFiles.loadRing(settings.dataDir(), env)),
        Clock.systemUTC());
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
