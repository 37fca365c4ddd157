package io.cloudops.scan;

import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Creates one resource of every supported type in moto, directly (not through the scanner). */
final class EstateSeed {

  static final String ROLE_NAME = "app-role";

  private final MotoServer moto;

  EstateSeed(MotoServer moto) {
    this.moto = moto;
  }

  /** IAM: a user with an access key, a role, a customer-managed policy. Returns the role ARN. */
  String seedGlobal() {
    try (IamClient iam = MotoClients.configure(IamClient.builder(), moto, "us-east-1").build()) {
      iam.createUser(r -> r.userName("alice").tags(List.of(iamTag("team", "platform"))));
      iam.createAccessKey(r -> r.userName("alice"));
      String role =
          iam.createRole(
                  r ->
                      r.roleName(ROLE_NAME)
                          .assumeRolePolicyDocument(
                              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                  + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
                                  + "\"Action\":\"sts:AssumeRole\"}]}")
                          .tags(List.of(iamTag("team", "platform"))))
              .role()
              .arn();
      iam.createPolicy(
          r ->
              r.policyName("read-buckets")
                  .policyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"));
      return role;
    }
  }

  /** One of every regional type, named {@code <kind>-<region>}; returns the instance id. */
  String seedRegion(String region, String roleArn) {
    String instanceId = seedEc2(region);
    seedRds(region);
    seedS3(region);
    seedLambda(region, roleArn);
    seedElb(region);
    seedDynamoDb(region);
    seedEcs(region);
    seedEks(region, roleArn);
    seedCloudFormation(region);
    seedSqs(region);
    seedSns(region);
    return instanceId;
  }

  private String seedEc2(String region) {
    try (Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto, region).build()) {
      String ami =
          ec2.registerImage(
                  r ->
                      r.name("image-" + region)
                          .rootDeviceName("/dev/sda1")
                          .blockDeviceMappings(
                              List.of(
                                  BlockDeviceMapping.builder()
                                      .deviceName("/dev/sda1")
                                      .ebs(e -> e.volumeSize(8))
                                      .build())))
              .imageId();
      String instanceId =
          ec2.runInstances(
                  r ->
                      r.imageId(ami)
                          .instanceType("t3.micro")
                          .minCount(1)
                          .maxCount(1)
                          .tagSpecifications(
                              List.of(
                                  ec2Tags(
                                      ResourceType.INSTANCE,
                                      ec2Tag("Name", "web-" + region),
                                      ec2Tag("env", "test")))))
              .instances()
              .get(0)
              .instanceId();
      String volumeId =
          ec2.createVolume(
                  r ->
                      r.availabilityZone(region + "a")
                          .size(10)
                          .tagSpecifications(
                              List.of(
                                  ec2Tags(ResourceType.VOLUME, ec2Tag("Name", "data-" + region)))))
              .volumeId();
      ec2.createSnapshot(
          r ->
              r.volumeId(volumeId)
                  .description("backup")
                  .tagSpecifications(
                      List.of(ec2Tags(ResourceType.SNAPSHOT, ec2Tag("Name", "backup-" + region)))));
      String vpcId =
          ec2.createVpc(
                  r ->
                      r.cidrBlock("10.1.0.0/16")
                          .tagSpecifications(
                              List.of(ec2Tags(ResourceType.VPC, ec2Tag("Name", "vpc-" + region)))))
              .vpc()
              .vpcId();
      ec2.createSubnet(
          r ->
              r.vpcId(vpcId)
                  .cidrBlock("10.1.1.0/24")
                  .availabilityZone(region + "a")
                  .tagSpecifications(
                      List.of(ec2Tags(ResourceType.SUBNET, ec2Tag("Name", "subnet-" + region)))));
      ec2.createSecurityGroup(
          r -> r.groupName("app-" + region).description("app servers").vpcId(vpcId));
      return instanceId;
    }
  }

  private void seedRds(String region) {
    try (RdsClient rds = MotoClients.configure(RdsClient.builder(), moto, region).build()) {
      rds.createDBInstance(
          r ->
              r.dbInstanceIdentifier("db-" + region)
                  .engine("postgres")
                  .dbInstanceClass("db.t3.micro")
                  .allocatedStorage(20)
                  .masterUsername("app")
                  .masterUserPassword("s3cret-Passw0rd")
                  .tags(
                      List.of(
                          software.amazon.awssdk.services.rds.model.Tag.builder()
                              .key("env")
                              .value("test")
                              .build())));
      rds.createDBCluster(
          r ->
              r.dbClusterIdentifier("cluster-" + region)
                  .engine("aurora-postgresql")
                  .masterUsername("app")
                  .masterUserPassword("s3cret-Passw0rd"));
      rds.createDBSnapshot(
          r -> r.dbInstanceIdentifier("db-" + region).dbSnapshotIdentifier("dbsnap-" + region));
    }
  }

  private void seedS3(String region) {
    try (S3Client s3 =
        MotoClients.configure(S3Client.builder(), moto, region).forcePathStyle(true).build()) {
      String bucket = "bucket-" + region;
      if ("us-east-1".equals(region)) {
        s3.createBucket(r -> r.bucket(bucket));
      } else {
        s3.createBucket(
            r -> r.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint(region)));
      }
      s3.putBucketVersioning(
          r ->
              r.bucket(bucket)
                  .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
      s3.putBucketEncryption(
          r ->
              r.bucket(bucket)
                  .serverSideEncryptionConfiguration(
                      c ->
                          c.rules(
                              List.of(
                                  ServerSideEncryptionRule.builder()
                                      .applyServerSideEncryptionByDefault(
                                          d -> d.sseAlgorithm(ServerSideEncryption.AES256))
                                      .build()))));
      s3.putPublicAccessBlock(
          r ->
              r.bucket(bucket)
                  .publicAccessBlockConfiguration(
                      c ->
                          c.blockPublicAcls(true)
                              .ignorePublicAcls(true)
                              .blockPublicPolicy(true)
                              .restrictPublicBuckets(true)));
      s3.putBucketTagging(
          r ->
              r.bucket(bucket)
                  .tagging(
                      t ->
                          t.tagSet(
                              List.of(
                                  software.amazon.awssdk.services.s3.model.Tag.builder()
                                      .key("owner")
                                      .value("data")
                                      .build()))));
    }
  }

  private void seedLambda(String region, String roleArn) {
    try (LambdaClient lambda =
        MotoClients.configure(LambdaClient.builder(), moto, region).build()) {
      lambda.createFunction(
          r ->
              r.functionName("fn-" + region)
                  .runtime(Runtime.PYTHON3_12)
                  .role(roleArn)
                  .handler("index.handler")
                  .code(c -> c.zipFile(SdkBytes.fromByteArray(handlerZip())))
                  .tags(Map.of("team", "platform")));
    }
  }

  private void seedElb(String region) {
    try (Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto, region).build();
        ElasticLoadBalancingV2Client elb =
            MotoClients.configure(ElasticLoadBalancingV2Client.builder(), moto, region).build()) {
      List<Subnet> defaults =
          ec2.describeSubnets(
                  r ->
                      r.filters(
                          List.of(Filter.builder().name("default-for-az").values("true").build())))
              .subnets();
      String vpcId = defaults.get(0).vpcId();
      elb.createLoadBalancer(
          r ->
              r.name("lb-" + region)
                  .subnets(defaults.get(0).subnetId(), defaults.get(1).subnetId())
                  .tags(
                      List.of(
                          software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag.builder()
                              .key("env")
                              .value("test")
                              .build())));
      elb.createTargetGroup(r -> r.name("tg-" + region).protocol("HTTP").port(80).vpcId(vpcId));
    }
  }

  private void seedDynamoDb(String region) {
    try (DynamoDbClient ddb =
        MotoClients.configure(DynamoDbClient.builder(), moto, region).build()) {
      ddb.createTable(
          r ->
              r.tableName("table-" + region)
                  .keySchema(
                      List.of(
                          KeySchemaElement.builder()
                              .attributeName("pk")
                              .keyType(KeyType.HASH)
                              .build()))
                  .attributeDefinitions(
                      List.of(
                          AttributeDefinition.builder()
                              .attributeName("pk")
                              .attributeType(ScalarAttributeType.S)
                              .build()))
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .tags(
                      List.of(
                          software.amazon.awssdk.services.dynamodb.model.Tag.builder()
                              .key("env")
                              .value("test")
                              .build())));
    }
  }

  private void seedEcs(String region) {
    try (EcsClient ecs = MotoClients.configure(EcsClient.builder(), moto, region).build()) {
      ecs.createCluster(r -> r.clusterName("ecs-" + region).tags(List.of(ecsTag())));
      ecs.registerTaskDefinition(
          r ->
              r.family("web")
                  .containerDefinitions(
                      List.of(
                          ContainerDefinition.builder()
                              .name("web")
                              .image("nginx")
                              .memory(128)
                              .build())));
      ecs.createService(
          r ->
              r.cluster("ecs-" + region)
                  .serviceName("svc-" + region)
                  .taskDefinition("web")
                  .desiredCount(1)
                  .tags(List.of(ecsTag())));
    }
  }

  private void seedEks(String region, String roleArn) {
    try (EksClient eks = MotoClients.configure(EksClient.builder(), moto, region).build()) {
      eks.createCluster(
          r ->
              r.name("eks-" + region)
                  .roleArn(roleArn)
                  .resourcesVpcConfig(v -> v.subnetIds(List.of()))
                  .tags(Map.of("env", "test")));
    }
  }

  private void seedCloudFormation(String region) {
    try (CloudFormationClient cfn =
        MotoClients.configure(CloudFormationClient.builder(), moto, region).build()) {
      cfn.createStack(
          r ->
              r.stackName("stack-" + region)
                  .templateBody(
                      "{\"Resources\":{\"Handle\":"
                          + "{\"Type\":\"AWS::CloudFormation::WaitConditionHandle\"}}}")
                  .tags(
                      List.of(
                          software.amazon.awssdk.services.cloudformation.model.Tag.builder()
                              .key("env")
                              .value("test")
                              .build())));
    }
  }

  private void seedSqs(String region) {
    try (SqsClient sqs = MotoClients.configure(SqsClient.builder(), moto, region).build()) {
      sqs.createQueue(r -> r.queueName("queue-" + region).tags(Map.of("env", "test")));
    }
  }

  private void seedSns(String region) {
    try (SnsClient sns = MotoClients.configure(SnsClient.builder(), moto, region).build()) {
      sns.createTopic(
          r ->
              r.name("topic-" + region)
                  .tags(
                      List.of(
                          software.amazon.awssdk.services.sns.model.Tag.builder()
                              .key("env")
                              .value("test")
                              .build())));
    }
  }

  private static software.amazon.awssdk.services.iam.model.Tag iamTag(String key, String value) {
    return software.amazon.awssdk.services.iam.model.Tag.builder().key(key).value(value).build();
  }

  private static software.amazon.awssdk.services.ec2.model.Tag ec2Tag(String key, String value) {
    return software.amazon.awssdk.services.ec2.model.Tag.builder().key(key).value(value).build();
  }

  private static TagSpecification ec2Tags(
      ResourceType type, software.amazon.awssdk.services.ec2.model.Tag... tags) {
    return TagSpecification.builder().resourceType(type).tags(tags).build();
  }

  private static software.amazon.awssdk.services.ecs.model.Tag ecsTag() {
    return software.amazon.awssdk.services.ecs.model.Tag.builder().key("env").value("test").build();
  }

  private static byte[] handlerZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("index.py"));
      zip.write("def handler(event, context):\n    return 1\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
