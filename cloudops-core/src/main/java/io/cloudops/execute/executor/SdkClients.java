package io.cloudops.execute.executor;

import io.cloudops.InvalidInputException;
import io.cloudops.execute.risk.IamActionNames;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;

/**
 * Finds SDK v2 clients and operations by name: service {@code ec2} is {@code Ec2Client}, operation
 * {@code CreateTags} is {@code Ec2Client#createTags(CreateTagsRequest)}. A service works when its
 * SDK module is on the class path ({@code ec2} and {@code s3} always are).
 */
public final class SdkClients {

  private static final String SERVICES = "software.amazon.awssdk.services.";

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

  /** An operation found on a client interface. */
  public record Operation(Class<?> clientInterface, Method method, Class<?> requestType) {

    /** A fresh request builder for the operation. */
    public SdkPojo newRequestBuilder() {
      try {
        return (SdkPojo) requestType.getMethod("builder").invoke(null);
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new IllegalStateException("Cannot create a " + requestType.getName() + " builder", e);
      }
    }
  }

  private SdkClients() {}

  /**
   * The client interface of a service.
   *
   * @throws InvalidInputException when the service is unknown or its SDK module is absent
   */
  public static Class<?> clientInterface(String service) {
    String name = CLIENTS.get(service.toLowerCase(Locale.ROOT));
    if (name == null) {
      throw new InvalidInputException(
          "the SDK executor does not know service '"
              + service
              + "' (known: "
              + new TreeMap<>(CLIENTS).keySet()
              + "); use an aws_cli step");
    }
    try {
      return Class.forName(SERVICES + name);
    } catch (ClassNotFoundException e) {
      throw new InvalidInputException(
          "the SDK module for '"
              + service
              + "' is not installed (software.amazon.awssdk:"
              + name.substring(0, name.indexOf('.'))
              + "); use an aws_cli step",
          e);
    }
  }

  /** A new builder of the service's client. */
  public static AwsClientBuilder<?, ?> builder(String service) {
    Class<?> client = clientInterface(service);
    try {
      return (AwsClientBuilder<?, ?>) client.getMethod("builder").invoke(null);
    } catch (InvocationTargetException | IllegalAccessException | NoSuchMethodException e) {
      throw new IllegalStateException("Cannot create a " + client.getName() + " builder", e);
    }
  }

  /**
   * The operation's method on the service's client.
   *
   * @throws InvalidInputException when the client has no such operation
   */
  public static Operation operation(String service, String operation) {
    Class<?> client = clientInterface(service);
    String methodName =
        operation.isEmpty()
            ? operation
            : Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
    for (Method method : client.getMethods()) {
      if (method.getName().equals(methodName)
          && method.getParameterCount() == 1
          && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
        return new Operation(client, method, method.getParameterTypes()[0]);
      }
    }
    throw new InvalidInputException(
        "service '" + service + "' has no SDK operation '" + operation + "'");
  }

  /** The operation, if the service and operation exist; empty otherwise. */
  public static Optional<Operation> find(String service, String operation) {
    try {
      return Optional.of(operation(service, operation));
    } catch (InvalidInputException unknown) {
      return Optional.empty();
    }
  }

  /** Whether an operation takes EC2's {@code DryRun} flag (CLI or SDK naming). */
  public static boolean supportsDryRun(String service, String operation) {
    String pascal = operation.contains("-") ? IamActionNames.kebabToPascal(operation) : operation;
    return find(service, pascal)
        .map(op -> SdkPojoJson.hasMember(op.newRequestBuilder(), "DryRun"))
        .orElse(false);
  }
}
