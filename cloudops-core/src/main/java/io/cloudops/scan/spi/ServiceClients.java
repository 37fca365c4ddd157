package io.cloudops.scan.spi;

import io.cloudops.Closeables;
import io.cloudops.aws.AwsClientFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The SDK clients of one account and region, built on first use from the shared factory (shared
 * HTTP client and scheduler), each with its own retry strategy and rate limit, closed together.
 */
public final class ServiceClients implements AutoCloseable {

  private final AwsClientFactory factory;
  private final AwsCredentialsProvider credentials;
  private final String region;
  private final double callsPerSecond;
  private final AtomicLong calls;
  private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

  public ServiceClients(
      AwsClientFactory factory,
      AwsCredentialsProvider credentials,
      String region,
      double callsPerSecond,
      AtomicLong calls) {
    this.factory = factory;
    this.credentials = credentials;
    this.region = region;
    this.callsPerSecond = callsPerSecond;
    this.calls = calls;
  }

  public Ec2Client ec2() {
    return get("ec2", Ec2Client.class, () -> build(Ec2Client.builder()));
  }

  public RdsClient rds() {
    return get("rds", RdsClient.class, () -> build(RdsClient.builder()));
  }

  public S3Client s3() {
    return get("s3", S3Client.class, () -> build(S3Client.builder()));
  }

  public LambdaClient lambda() {
    return get("lambda", LambdaClient.class, () -> build(LambdaClient.builder()));
  }

  public ElasticLoadBalancingV2Client elbv2() {
    return get(
        "elbv2",
        ElasticLoadBalancingV2Client.class,
        () -> build(ElasticLoadBalancingV2Client.builder()));
  }

  public IamClient iam() {
    return get("iam", IamClient.class, () -> build(IamClient.builder()));
  }

  public DynamoDbClient dynamodb() {
    return get("dynamodb", DynamoDbClient.class, () -> build(DynamoDbClient.builder()));
  }

  public EcsClient ecs() {
    return get("ecs", EcsClient.class, () -> build(EcsClient.builder()));
  }

  public EksClient eks() {
    return get("eks", EksClient.class, () -> build(EksClient.builder()));
  }

  public CloudFormationClient cloudformation() {
    return get(
        "cloudformation", CloudFormationClient.class, () -> build(CloudFormationClient.builder()));
  }

  public SqsClient sqs() {
    return get("sqs", SqsClient.class, () -> build(SqsClient.builder()));
  }

  public SnsClient sns() {
    return get("sns", SnsClient.class, () -> build(SnsClient.builder()));
  }

  public StsClient sts() {
    return get("sts", StsClient.class, () -> build(StsClient.builder()));
  }

  private <C extends SdkClient> C get(String service, Class<C> type, Supplier<C> create) {
    return type.cast(clients.computeIfAbsent(service, s -> create.get()));
  }

  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder) {
    factory.configure(builder, region, credentials);
    RateLimiter limiter =
        callsPerSecond > 0
            ? new RateLimiter(callsPerSecond, (int) Math.ceil(callsPerSecond))
            : null;
    builder.overrideConfiguration(
        factory
            .overrideConfiguration()
            .addExecutionInterceptor(new PacingInterceptor(limiter, calls))
            .build());
    return builder.build();
  }

  @Override
  public void close() {
    List<SdkClient> toClose = new ArrayList<>(clients.values());
    clients.clear();
    Closeables.closeAll(toClose);
  }
}
