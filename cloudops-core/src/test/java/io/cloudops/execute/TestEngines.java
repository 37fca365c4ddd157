package io.cloudops.execute;

import io.cloudops.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.model.Approval;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RunMode;
import io.cloudops.testing.MotoServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds engines for tests: real history under a temp data dir, real AWS CLI, moto endpoint. */
final class TestEngines {

  static final String SECRET_KEY = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETKEY";
  static final String SESSION_TOKEN = "FQoGZXIvYXdzEXAMPLE-SESSION-TOKEN-42";
  static final AwsCredentialsSpec KEYS =
      new AwsCredentialsSpec.StaticKeys(
          "AKIDEXAMPLE", Secret.of(SECRET_KEY), Secret.of(SESSION_TOKEN));

  private TestEngines() {}

  static AwsClientFactory clients(URI endpoint) {
    return AwsClientFactory.builder().credentials(KEYS).endpointOverride(endpoint).build();
  }

  static ExecutionHistory history(Path dataDir) {
    return ExecutionHistory.open(
        dataDir, new AesGcmCipher(KeyFiles.load(dataDir, Map.of())), Clock.systemUTC());
  }

  static ExecutionEngine.Builder engine(Path dataDir, AwsClientFactory clients) {
    return ExecutionEngine.builder()
        .dataDir(dataDir)
        .awsCli(CloudOpsSettings.DEBIAN_AWS_CLI)
        .clients(clients)
        .region(MotoServer.DEFAULT_REGION)
        .accountId(MotoServer.DEFAULT_ACCOUNT_ID)
        .history(history(dataDir));
  }

  static ExecutionRequest request(RiskAssessment server, PlannedStep... steps) {
    return new ExecutionRequest(
        "conv-1", new ExecutionPlan(List.of(steps), null), "alice", server, RunMode.EXECUTE);
  }

  static ExecutionRequest dryRun(PlannedStep... steps) {
    return new ExecutionRequest(
        "conv-1", new ExecutionPlan(List.of(steps), null), "alice", null, RunMode.DRY_RUN);
  }

  static List<Approval> approvals(ExecutionRequest request, String... approvers) {
    return Arrays.stream(approvers)
        .map(a -> new Approval(request.plan().digest(), a, Instant.now(), "ok"))
        .toList();
  }

  static PlannedStep cli(String id, String service, String... args) {
    return PlannedStep.awsCli(id, service, List.of(args), "test step " + id);
  }
}
