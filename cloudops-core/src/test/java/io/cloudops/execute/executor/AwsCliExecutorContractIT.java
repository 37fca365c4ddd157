package io.cloudops.execute.executor;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.model.ExecutionStep;
import java.util.List;

class AwsCliExecutorContractIT extends StepExecutorContract {

  @Override
  StepExecutor executor() {
    return new AwsCliExecutor(CloudOpsSettings.DEBIAN_AWS_CLI, new ProcessRunner());
  }

  @Override
  ExecutionStep stepWithSecret() {
    return ExecutionStep.awsCli(
        "1",
        "ec2",
        List.of("create-tags", "--resources", "i-1", "--tags", "Key=k,Value=" + SECRET),
        "");
  }

  @Override
  ExecutionStep failingStep() {
    return ExecutionStep.awsCli("1", "ec2", List.of("describe-vpcs"), "");
  }
}
