package io.cloudops.cli.demo;

import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsRegion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A small, realistic estate for the demo: three teams' instances in prod, staging and dev (two dev
 * instances tagged idle), databases, buckets, a function with its role, a load balancer.
 */
public final class SampleEstate {

  /** The demo's region. */
  public static final String REGION = "eu-west-1";

  /** What was created: the ids the demo's plan and searches use. */
  public record Created(List<String> idleDevInstanceIds, List<String> allInstanceIds, int total) {}

  private static final List<String> TEAMS = List.of("web", "billing", "data");
  private static final List<String> ENVS = List.of("prod", "staging", "dev");

  private final AwsClientFactory aws;
  private final Consumer<String> progress;

  public SampleEstate(AwsClientFactory aws, Consumer<String> progress) {
    this.aws = aws;
    this.progress = progress;
  }

  /** Creates the estate; every call makes new resources (run it on a fresh emulator). */
  public Created create() {
    int total = 0;
    List<String> idle = new ArrayList<>();
    List<String> all = new ArrayList<>();
    try (Ec2Client ec2 = aws.client(Ec2Client.builder(), REGION)) {
      progress.accept("creating instances for " + TEAMS.size() + " teams in 3 environments");
      String ami =
          ec2.registerImage(
                  r ->
                      r.name("cloudops-demo-base")
                          .architecture("x86_64")
                          .rootDeviceName("/dev/xvda")
                          .virtualizationType("hvm"))
              .imageId();
      total++;
      for (String team : TEAMS) {
        for (String env : ENVS) {
          boolean idleDev = env.equals("dev") && !team.equals("data");
          Instance instance = runInstance(ec2, ami, team, env, idleDev);
          all.add(instance.instanceId());
          if (idleDev) {
            idle.add(instance.instanceId());
          }
          total++;
        }
      }
    }
    total += createDatabases();
    total += createBuckets();
    total += createFunction();
    total += createLoadBalancer();
    return new Created(List.copyOf(idle), List.copyOf(all), total);
  }

  private static Instance runInstance(
      Ec2Client ec2, String ami, String team, String env, boolean idle) {
    List<Tag> tags = new ArrayList<>();
    tags.add(Tag.builder().key("Name").value(team + "-" + env + "-app-1").build());
    tags.add(Tag.builder().key("team").value(team).build());
    tags.add(Tag.builder().key("env").value(env).build());
    if (idle) {
      tags.add(Tag.builder().key("idle").value("true").build());
    }
    return ec2.runInstances(
            r ->
                r.imageId(ami)
                    .instanceType(
                        env.equals("prod") ? InstanceType.M5_LARGE : InstanceType.T3_MICRO)
                    .minCount(1)
                    .maxCount(1)
                    .tagSpecifications(
                        TagSpecification.builder()
                            .resourceType(ResourceType.INSTANCE)
                            .tags(tags)
                            .build()))
        .instances()
        .get(0);
  }

  private int createDatabases() {
    progress.accept("creating databases");
    try (RdsClient rds = aws.client(RdsClient.builder(), REGION)) {
      for (String name : List.of("billing-prod-db", "billing-staging-db", "web-prod-db")) {
        String env = name.contains("prod") ? "prod" : "staging";
        rds.createDBInstance(
            r ->
                r.dbInstanceIdentifier(name)
                    .engine("postgres")
                    .dbInstanceClass("db.t3.micro")
                    .allocatedStorage(20)
                    .masterUsername("cloudops")
                    .masterUserPassword("demo-password-1")
                    .tags(
                        software.amazon.awssdk.services.rds.model.Tag.builder()
                            .key("env")
                            .value(env)
                            .build(),
                        software.amazon.awssdk.services.rds.model.Tag.builder()
                            .key("team")
                            .value(name.substring(0, name.indexOf('-')))
                            .build()));
      }
      return 3;
    }
  }

  private int createBuckets() {
    progress.accept("creating buckets");
    try (S3Client s3 = aws.client(S3Client.builder(), REGION)) {
      List<String> buckets =
          List.of("demo-web-assets", "demo-billing-invoices", "demo-data-lake", "demo-logs");
      for (String bucket : buckets) {
        s3.createBucket(
            r -> r.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint(REGION)));
        String team = bucket.split("-")[1];
        s3.putBucketTagging(
            r ->
                r.bucket(bucket)
                    .tagging(
                        t ->
                            t.tagSet(
                                software.amazon.awssdk.services.s3.model.Tag.builder()
                                    .key("team")
                                    .value(team)
                                    .build())));
      }
      return buckets.size();
    }
  }

  private int createFunction() {
    progress.accept("creating a function and its role");
    String roleArn;
    try (IamClient iam = aws.client(IamClient.builder(), AwsRegion.DEFAULT)) {
      roleArn =
          iam.createRole(
                  r ->
                      r.roleName("billing-invoice-renderer")
                          .assumeRolePolicyDocument(
                              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                  + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
                                  + "\"Action\":\"sts:AssumeRole\"}]}"))
              .role()
              .arn();
    }
    try (LambdaClient lambda = aws.client(LambdaClient.builder(), REGION)) {
      lambda.createFunction(
          r ->
              r.functionName("billing-invoice-renderer")
                  .runtime(Runtime.PYTHON3_12)
                  .role(roleArn)
                  .handler("handler.main")
                  .code(c -> c.zipFile(SdkBytes.fromByteArray(handlerZip())))
                  .tags(Map.of("team", "billing", "env", "prod")));
    }
    return 2;
  }

  private int createLoadBalancer() {
    progress.accept("creating a load balancer");
    try (Ec2Client ec2 = aws.client(Ec2Client.builder(), REGION);
        ElasticLoadBalancingV2Client elb =
            aws.client(ElasticLoadBalancingV2Client.builder(), REGION)) {
      List<String> subnets =
          ec2.describeSubnets().subnets().stream().map(s -> s.subnetId()).limit(2).toList();
      String vpc = ec2.describeVpcs().vpcs().get(0).vpcId();
      elb.createLoadBalancer(
          r ->
              r.name("web-prod-alb")
                  .subnets(subnets)
                  .tags(
                      software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag.builder()
                          .key("env")
                          .value("prod")
                          .build()));
      elb.createTargetGroup(r -> r.name("web-prod-targets").protocol("HTTP").port(80).vpcId(vpc));
      return 2;
    }
  }

  private static byte[] handlerZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("handler.py"));
      zip.write("def main(event, context):\n    return 'ok'\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the demo function's code", e);
    }
    return bytes.toByteArray();
  }
}
