package io.cloudops.execute;

import static io.cloudops.execute.TestEngines.approvals;
import static io.cloudops.execute.TestEngines.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.execute.executor.UnsafeStepException;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StepKind;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.s3.S3Client;

/** SDK steps ({service, operation, params}) against a real moto server. */
@ExtendWith(MotoExtension.class)
class AwsSdkExecutionIT {

  @TempDir Path dataDir;

  @Test
  void ec2CreateTags_runsThroughTheSdk_andTheResponseIsJson(MotoServer moto) {
    try (AwsClientFactory clients = TestEngines.clients(moto.endpoint());
        Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto).build()) {
      String vpc = ec2.createVpc(r -> r.cidrBlock("10.9.0.0/16")).vpc().vpcId();
      ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
      ExecutionRequest request =
          request(
              null,
              sdk(
                  "1",
                  "ec2",
                  "CreateTags",
                  "{\"Resources\":[\""
                      + vpc
                      + "\"],\"Tags\":[{\"Key\":\"team\",\"Value\":\"x\"}]}"),
              sdk("2", "ec2", "DescribeVpcs", "{\"VpcIds\":[\"" + vpc + "\"]}"));

      assertThat(engine.review(request).risk().level()).isEqualTo(RiskLevel.MEDIUM);
      ExecutionResult result = engine.execute(request, approvals(request, "bob"));

      assertThat(result.status()).as(result.error()).isEqualTo(ExecutionStatus.SUCCESS);
      assertThat(ec2.describeVpcs(r -> r.vpcIds(vpc)).vpcs().get(0).tags())
          .contains(Tag.builder().key("team").value("x").build());
      assertThat(result.steps().get(1).output()).contains("\"VpcId\" : \"" + vpc + "\"");
      assertThat(result.steps().get(0).argv()).startsWith("sdk", "ec2", "CreateTags");
    }
  }

  @Test
  void s3CreateBucket_runsThroughTheSdk(MotoServer moto) {
    try (AwsClientFactory clients = TestEngines.clients(moto.endpoint());
        S3Client s3 =
            MotoClients.configure(S3Client.builder(), moto).forcePathStyle(true).build()) {
      ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
      ExecutionRequest request =
          request(null, sdk("1", "s3", "CreateBucket", "{\"Bucket\":\"cloudops-sdk-bucket\"}"));

      ExecutionResult result = engine.execute(request, approvals(request, "bob"));

      assertThat(result.status()).as(result.error()).isEqualTo(ExecutionStatus.SUCCESS);
      assertThat(s3.listBuckets().buckets())
          .extracting(b -> b.name())
          .contains("cloudops-sdk-bucket");
    }
  }

  @Test
  void dryRun_setsEc2DryRun_andChangesNothing(MotoServer moto) {
    try (AwsClientFactory clients = TestEngines.clients(moto.endpoint());
        Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto).build()) {
      String ami = ec2.registerImage(r -> r.name("sdk-dry").rootDeviceName("/dev/sda1")).imageId();
      String instance =
          ec2.runInstances(r -> r.imageId(ami).minCount(1).maxCount(1))
              .instances()
              .get(0)
              .instanceId();
      ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();

      ExecutionResult result =
          engine.execute(
              TestEngines.dryRun(
                  sdk("1", "ec2", "StopInstances", "{\"InstanceIds\":[\"" + instance + "\"]}")),
              List.of());

      assertThat(result.status()).as(result.error()).isEqualTo(ExecutionStatus.SUCCESS);
      assertThat(result.steps().get(0).argv().get(3)).contains("\"DryRun\":true");
      assertThat(result.output()).contains("DryRunOperation");
      assertThat(
              ec2.describeInstances(r -> r.instanceIds(instance))
                  .reservations()
                  .get(0)
                  .instances()
                  .get(0)
                  .state()
                  .nameAsString())
          .isEqualTo("running");
    }
  }

  @Test
  void unknownParameter_isRefusedBeforeAnythingRuns(MotoServer moto) {
    try (AwsClientFactory clients = TestEngines.clients(moto.endpoint())) {
      ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
      ExecutionRequest request =
          request(null, sdk("1", "ec2", "CreateTags", "{\"Resourcez\":[\"vpc-1\"]}"));

      assertThatThrownBy(() -> engine.execute(request, approvals(request, "bob")))
          .isInstanceOf(UnsafeStepException.class)
          .hasMessageContaining("no parameter 'Resourcez'");
    }
  }

  static PlannedStep sdk(String id, String service, String operation, String params) {
    return new PlannedStep(
        id,
        null,
        null,
        "sdk step " + id,
        StepKind.AWS_SDK,
        service,
        operation,
        Json.read(params, ObjectNode.class, "params"),
        null);
  }
}
