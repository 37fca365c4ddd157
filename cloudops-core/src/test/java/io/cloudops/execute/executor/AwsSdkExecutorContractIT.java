package io.cloudops.execute.executor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.json.Json;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.StepKind;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

class AwsSdkExecutorContractIT extends StepExecutorContract {

  private final AwsClientFactory clients =
      AwsClientFactory.builder()
          .credentials(new AwsCredentialsSpec.StaticKeys("AKIDCONTRACT", Secret.of(SECRET), null))
          .endpointOverride(deadEndpoint())
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  @AfterEach
  void close() {
    clients.close();
  }

  @Override
  StepExecutor executor() {
    return new AwsSdkExecutor(clients);
  }

  @Override
  PlannedStep stepWithSecret() {
    return sdk(
        "CreateTags",
        "{\"Resources\":[\"i-1\"],\"Tags\":[{\"Key\":\"k\",\"Value\":\"" + SECRET + "\"}]}");
  }

  @Override
  PlannedStep failingStep() {
    return sdk("DescribeVpcs", "{}");
  }

  private static PlannedStep sdk(String operation, String params) {
    return new PlannedStep(
        "1",
        null,
        null,
        "",
        StepKind.AWS_SDK,
        "ec2",
        operation,
        Json.read(params, ObjectNode.class, "params"),
        null);
  }
}
