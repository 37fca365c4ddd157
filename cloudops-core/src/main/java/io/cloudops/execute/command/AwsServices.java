package io.cloudops.execute.command;

import io.cloudops.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The AWS services CloudOps can run, by the AWS CLI's service name, and the SDK v2 client interface
 * whose model describes each. A service works when its SDK module is on the class path; every other
 * service is refused.
 */
public final class AwsServices {

  private static final String PACKAGE = "software.amazon.awssdk.services.";

  private static final Map<String, String> CLIENTS =
      Map.ofEntries(
          Map.entry("ec2", "ec2.Ec2Client"),
          Map.entry("s3", "s3.S3Client"),
          Map.entry("s3api", "s3.S3Client"),
          Map.entry("iam", "iam.IamClient"),
          Map.entry("sts", "sts.StsClient"),
          Map.entry("rds", "rds.RdsClient"),
          Map.entry("lambda", "lambda.LambdaClient"),
          Map.entry("sqs", "sqs.SqsClient"),
          Map.entry("sns", "sns.SnsClient"),
          Map.entry("dynamodb", "dynamodb.DynamoDbClient"),
          Map.entry("ecs", "ecs.EcsClient"),
          Map.entry("eks", "eks.EksClient"),
          Map.entry("autoscaling", "autoscaling.AutoScalingClient"),
          Map.entry("elbv2", "elasticloadbalancingv2.ElasticLoadBalancingV2Client"),
          Map.entry("cloudwatch", "cloudwatch.CloudWatchClient"),
          Map.entry("logs", "cloudwatchlogs.CloudWatchLogsClient"),
          Map.entry("kms", "kms.KmsClient"),
          Map.entry("secretsmanager", "secretsmanager.SecretsManagerClient"),
          Map.entry("ssm", "ssm.SsmClient"),
          Map.entry("route53", "route53.Route53Client"),
          Map.entry("cloudformation", "cloudformation.CloudFormationClient"),
          Map.entry("elasticache", "elasticache.ElastiCacheClient"));

  private AwsServices() {}

  /** The service's SDK client interface, when the service is known and its module installed. */
  public static Optional<Class<?>> client(String service) {
    String name = CLIENTS.get(service.toLowerCase(Locale.ROOT));
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Class.forName(PACKAGE + name));
    } catch (ClassNotFoundException absent) {
      return Optional.empty();
    }
  }

  /**
   * The service's SDK client interface.
   *
   * @throws InvalidInputException naming the known services, or the missing SDK module
   */
  public static Class<?> requireClient(String service) {
    String name = CLIENTS.get(service.toLowerCase(Locale.ROOT));
    if (name == null) {
      throw new InvalidInputException(
          "CloudOps does not know the AWS service '"
              + service
              + "' (known: "
              + new TreeMap<>(CLIENTS).keySet()
              + ")");
    }
    return client(service)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "the AWS SDK module for '"
                        + service
                        + "' (software.amazon.awssdk:"
                        + name.substring(0, name.indexOf('.'))
                        + ") is not installed, so CloudOps cannot check its operations"));
  }
}
