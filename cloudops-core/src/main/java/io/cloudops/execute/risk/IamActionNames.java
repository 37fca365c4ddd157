package io.cloudops.execute.risk;

import io.cloudops.model.PlannedStep;
import io.cloudops.model.StepKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a plan step to the IAM action it needs: the AWS CLI's {@code ec2 stop-instances} and the
 * SDK's {@code ec2 StopInstances} both become {@code ec2:StopInstances}.
 *
 * <p>Most names map mechanically (kebab-case to PascalCase; lookups ignore case). The exceptions
 * are CLI service names that differ from IAM prefixes ({@code s3api}, {@code elbv2}, {@code
 * logs}...), the high-level {@code aws s3} commands, and API operations whose IAM action has
 * another name ({@code s3 ListObjectsV2} needs {@code s3:ListBucket}; {@code lambda invoke} needs
 * {@code lambda:InvokeFunction}).
 */
public final class IamActionNames {

  private static final Map<String, String> PREFIXES =
      Map.ofEntries(
          Map.entry("s3api", "s3"),
          Map.entry("s3control", "s3"),
          Map.entry("elb", "elasticloadbalancing"),
          Map.entry("elbv2", "elasticloadbalancing"),
          Map.entry("configservice", "config"),
          Map.entry("stepfunctions", "states"),
          Map.entry("sfn", "states"),
          Map.entry("opensearch", "es"),
          Map.entry("sesv2", "ses"),
          Map.entry("apigatewayv2", "apigateway"),
          Map.entry("resourcegroupstaggingapi", "tag"),
          Map.entry("efs", "elasticfilesystem"),
          Map.entry("emr", "elasticmapreduce"),
          Map.entry("mwaa", "airflow"),
          Map.entry("sso-admin", "sso"),
          Map.entry("iot-data", "iot"),
          Map.entry("dynamodbstreams", "dynamodb"),
          Map.entry("cloudhsmv2", "cloudhsm"),
          Map.entry("cloudwatchlogs", "logs"),
          Map.entry("cloudwatchevents", "events"),
          Map.entry("eventbridge", "events"));

  /** {@code aws s3 <command>} (the high-level S3 commands) and the action each one needs. */
  private static final Map<String, String> S3_HIGH_LEVEL =
      Map.of(
          "ls", "ListBucket",
          "mb", "CreateBucket",
          "rb", "DeleteBucket",
          "rm", "DeleteObject",
          "cp", "PutObject",
          "mv", "DeleteObject",
          "sync", "PutObject",
          "presign", "GetObject",
          "website", "PutBucketWebsite");

  /** {@code prefix:Operation} whose IAM action has another name. */
  private static final Map<String, String> RENAMED =
      Map.ofEntries(
          Map.entry("s3:listobjectsv2", "ListBucket"),
          Map.entry("s3:listobjects", "ListBucket"),
          Map.entry("s3:listobjectversions", "ListBucketVersions"),
          Map.entry("s3:headobject", "GetObject"),
          Map.entry("s3:headbucket", "ListBucket"),
          Map.entry("s3:listbuckets", "ListAllMyBuckets"),
          Map.entry("s3:deleteobjects", "DeleteObject"),
          Map.entry("s3:copyobject", "PutObject"),
          Map.entry("s3:uploadpart", "PutObject"),
          Map.entry("s3:createmultipartupload", "PutObject"),
          Map.entry("s3:completemultipartupload", "PutObject"),
          Map.entry("s3:listmultipartuploads", "ListBucketMultipartUploads"),
          Map.entry("s3:getbucketlifecycleconfiguration", "GetLifecycleConfiguration"),
          Map.entry("s3:putbucketlifecycleconfiguration", "PutLifecycleConfiguration"),
          Map.entry("lambda:invoke", "InvokeFunction"),
          Map.entry("lambda:invokeasync", "InvokeAsync"));

  private IamActionNames() {}

  /**
   * The IAM action of an AWS CLI or SDK step; empty for scripts and for steps that name no
   * operation.
   */
  public static Optional<IamAction> of(PlannedStep step) {
    if (step.kind() == StepKind.AWS_CLI) {
      if (step.command().isBlank() || step.args().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(forCli(step.command(), step.args().get(0)));
    }
    if (step.kind() == StepKind.AWS_SDK) {
      if (step.service() == null
          || step.service().isBlank()
          || step.operation() == null
          || step.operation().isBlank()) {
        return Optional.empty();
      }
      return Optional.of(forApi(prefixOf(step.service()), step.operation()));
    }
    return Optional.empty();
  }

  /** {@code ec2 stop-instances} → {@code ec2:StopInstances}. */
  public static IamAction forCli(String service, String operation) {
    String normalizedService = service.trim().toLowerCase(Locale.ROOT);
    if (normalizedService.equals("s3")) {
      String action = S3_HIGH_LEVEL.get(operation.trim().toLowerCase(Locale.ROOT));
      if (action != null) {
        return new IamAction("s3", action);
      }
    }
    return forApi(prefixOf(normalizedService), kebabToPascal(operation.trim()));
  }

  /** The IAM prefix of a CLI or SDK service name. */
  public static String prefixOf(String service) {
    String normalized = service.trim().toLowerCase(Locale.ROOT);
    return PREFIXES.getOrDefault(normalized, normalized);
  }

  /** {@code stop-instances} → {@code StopInstances}. */
  public static String kebabToPascal(String kebab) {
    StringBuilder pascal = new StringBuilder(kebab.length());
    boolean upper = true;
    for (char c : kebab.toCharArray()) {
      if (c == '-' || c == '_') {
        upper = true;
      } else {
        pascal.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return pascal.toString();
  }

  private static IamAction forApi(String prefix, String operation) {
    String renamed = RENAMED.get((prefix + ":" + operation).toLowerCase(Locale.ROOT));
    return new IamAction(prefix, renamed != null ? renamed : operation);
  }
}
