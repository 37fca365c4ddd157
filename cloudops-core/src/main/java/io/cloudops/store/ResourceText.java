package io.cloudops.store;

import io.cloudops.model.AwsResource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The text recipe per resource, shared by every backend: what the lexical index sees ({@link
 * #lexical}) and what the embedding model sees ({@link #semantic}). Both start with a plain-words
 * description of the type, then the name split into words (with common abbreviations spelled out)
 * and the tags. The lexical text adds the id, state, region and account; the semantic text adds a
 * few non-sensitive key properties (engine, instance type, runtime…), which must not appear in the
 * clear in a lexical index because properties are encrypted.
 */
public final class ResourceText {

  /** Properties whose values describe what a resource is, and carry no secrets. */
  public static final List<String> KEY_PROPERTIES =
      List.of(
          "engine",
          "instance_type",
          "instance_class",
          "db_instance_class",
          "runtime",
          "storage_class",
          "platform",
          "scheme",
          "launch_type",
          "billing_mode");

  private static final Map<String, String> TYPE_WORDS =
      Map.ofEntries(
          Map.entry("ec2:instance", "EC2 virtual machine server instance"),
          Map.entry("ec2:vpc", "VPC virtual private network"),
          Map.entry("ec2:subnet", "VPC subnet network"),
          Map.entry("ec2:security-group", "security group firewall rules"),
          Map.entry("ec2:volume", "EBS block storage disk volume"),
          Map.entry("ec2:snapshot", "EBS disk snapshot backup"),
          Map.entry("s3:bucket", "S3 object storage bucket"),
          Map.entry("rds:db-instance", "RDS relational SQL database instance"),
          Map.entry("rds:db-cluster", "RDS Aurora relational SQL database cluster"),
          Map.entry("dynamodb:table", "DynamoDB NoSQL key-value database table"),
          Map.entry("lambda:function", "Lambda serverless function"),
          Map.entry("iam:role", "IAM role permissions identity"),
          Map.entry("iam:user", "IAM user identity account"),
          Map.entry("iam:policy", "IAM policy permissions"),
          Map.entry("sqs:queue", "SQS message queue"),
          Map.entry("sns:topic", "SNS notification topic pub/sub"),
          Map.entry("elasticloadbalancing:loadbalancer", "load balancer ELB ALB"),
          Map.entry("elbv2:load-balancer", "load balancer ELB ALB"),
          Map.entry("ecs:cluster", "ECS container cluster"),
          Map.entry("ecs:service", "ECS container service"),
          Map.entry("eks:cluster", "EKS Kubernetes cluster"),
          Map.entry("elasticache:cluster", "ElastiCache Redis cache cluster"),
          Map.entry("cloudfront:distribution", "CloudFront CDN distribution"),
          Map.entry("kms:key", "KMS encryption key"),
          Map.entry("secretsmanager:secret", "Secrets Manager secret"),
          Map.entry("logs:log-group", "CloudWatch log group logs"));

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("prod", "production"),
          Map.entry("prd", "production"),
          Map.entry("stg", "staging"),
          Map.entry("stage", "staging"),
          Map.entry("dev", "development"),
          Map.entry("db", "database"),
          Map.entry("pg", "postgres"),
          Map.entry("api", "API"),
          Map.entry("svc", "service"),
          Map.entry("fn", "function"),
          Map.entry("q", "queue"),
          Map.entry("lb", "load balancer"),
          Map.entry("sg", "security group"),
          Map.entry("auth", "authentication"),
          Map.entry("etl", "ETL data pipeline"));

  private ResourceText() {}

  /** Text for the lexical (BM25) index: clear fields only. */
  public static String lexical(AwsResource resource) {
    return base(resource).toString();
  }

  /**
   * Text for the embedding model: what the resource is, in words (type, name, tag values, state,
   * key properties). Ids, ARNs, account and region are left out: exact matching and filters serve
   * them, and every token costs embedding time.
   */
  public static String semantic(AwsResource resource) {
    StringJoiner text = new StringJoiner(" ");
    text.add(typeWords(resource.resourceType()));
    if (resource.name() != null && !resource.name().isBlank()) {
      text.add(nameWords(resource.name()) + ".");
    }
    if (!resource.tags().isEmpty()) {
      StringJoiner tags = new StringJoiner(", ", "", ".");
      resource.tags().forEach((k, v) -> tags.add(k + " " + v));
      text.add(tags.toString());
    }
    if (resource.state() != null) {
      text.add(resource.state() + ".");
    }
    var properties = resource.properties();
    for (String key : KEY_PROPERTIES) {
      var value = properties.get(key);
      if (value != null && value.isValueNode()) {
        text.add(key.replace('_', ' ') + " " + value.asText() + ".");
      }
    }
    return text.toString();
  }

  /** Plain words for a resource type, e.g. {@code rds:db-instance} → "RDS relational…". */
  public static String typeWords(String resourceType) {
    String words = TYPE_WORDS.get(resourceType.toLowerCase(Locale.ROOT));
    return words != null ? words : resourceType.replace(':', ' ').replace('-', ' ');
  }

  /** A name split into words, with abbreviations spelled out: {@code billing-prod-db} → … */
  public static String nameWords(String name) {
    StringJoiner words = new StringJoiner(" ");
    for (String part : name.split("[-_./:\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      words.add(part);
      String expanded = WORDS.get(part.toLowerCase(Locale.ROOT));
      if (expanded != null) {
        words.add("(" + expanded + ")");
      }
    }
    return words.toString();
  }

  private static StringJoiner base(AwsResource resource) {
    StringJoiner text = new StringJoiner(" ");
    text.add(typeWords(resource.resourceType()));
    if (resource.name() != null && !resource.name().isBlank()) {
      text.add(resource.name() + ":").add(nameWords(resource.name()) + ".");
    }
    text.add("id " + resource.id() + ".");
    if (!resource.tags().isEmpty()) {
      StringJoiner tags = new StringJoiner(", ", "tags ", ".");
      resource.tags().forEach((k, v) -> tags.add(k + " " + nameWords(v)));
      text.add(tags.toString());
    }
    if (resource.state() != null) {
      text.add("state " + resource.state() + ".");
    }
    text.add("region " + resource.region() + ", account " + resource.accountId() + ".");
    return text;
  }
}
