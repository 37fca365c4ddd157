package io.cloudops.execute.executor;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.model.PlannedStep;
import java.util.List;

class AwsCliExecutorContractIT extends StepExecutorContract {

  @Override
  StepExecutor executor() {
    return new AwsCliExecutor(CloudOpsSettings.DEBIAN_AWS_CLI, new ProcessRunner());
  }

  @Override
  PlannedStep stepWithSecret() {
    return PlannedStep.awsCli(
        "1",
        "ec2",
        List.of("create-tags", "--resources", "i-1", "--tags", "Key=k,Value=" + SECRET),
        "");
  }

  @Override
  PlannedStep failingStep() {
    return PlannedStep.awsCli("1", "ec2", List.of("describe-vpcs"), "");
  }
}
