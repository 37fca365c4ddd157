package io.cloudops.store;

import io.cloudops.model.AwsResource;
import io.cloudops.store.vocabulary.Engines;
import io.cloudops.store.vocabulary.Glossary;
import io.cloudops.store.vocabulary.InstanceFamilies;
import io.cloudops.store.vocabulary.Regions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The text recipe per resource, shared by every backend: what the lexical index sees ({@link
 * #lexical}) and what the embedding model sees ({@link #semantic}). Both start with a plain-words
 * description of the type, then the name split into words (abbreviations spelled out, well-known
 * products explained), what the tags say (read as roles: environment, owner, team, service,
 * purpose) and where the resource is (the region's name and places). The lexical text adds the id,
 * state, region code and account; the semantic text adds a few non-sensitive key properties
 * (engine, instance type with its family's purpose, runtime…), which must not appear in the clear
 * in a lexical index because properties are encrypted. The words come from the data files of {@link
 * io.cloudops.store.vocabulary}; changing what this produces changes the stored index, so it goes
 * with a new schema version (docs/store.md).
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

  private ResourceText() {}

  /**
   * Text for the lexical (BM25) index, clear fields only: the type, the name and its words, the id,
   * each tag with what it says (environment synonyms, owner's name, team), the state, and the
   * region with its name and places.
   */
  public static String lexical(AwsResource resource) {
    StringJoiner text = new StringJoiner(" ");
    text.add(typeWords(resource.resourceType()));
    if (resource.name() != null && !resource.name().isBlank()) {
      text.add(resource.name() + ":").add(nameWords(resource.name()) + ".");
    }
    text.add("id " + resource.id() + ".");
    if (!resource.tags().isEmpty()) {
      StringJoiner tags = new StringJoiner(", ", "tags ", ".");
      resource.tags().forEach((k, v) -> tags.add(TagText.lexical(k, v)));
      text.add(tags.toString());
    }
    if (resource.state() != null) {
      text.add("status " + resource.state() + ".");
    }
    text.add("region " + resource.region());
    Regions.bundled()
        .get(resource.region())
        .ifPresent(region -> text.add(String.join(", ", region.places())));
    text.add(", account " + resource.accountId() + ".");
    return text.toString();
  }

  /**
   * Text for the embedding model: what the resource is, in words (type, name, what its tags say,
   * where it is, state, key properties with what they mean). Ids, ARNs and account are left out:
   * exact matching and filters serve them, and every token costs embedding time.
   */
  public static String semantic(AwsResource resource) {
    StringJoiner text = new StringJoiner(" ");
    text.add(typeWords(resource.resourceType()));
    if (resource.name() != null && !resource.name().isBlank()) {
      text.add(nameWords(resource.name()) + ".");
    }
    StringJoiner said = new StringJoiner(", ", "", ".").setEmptyValue("");
    resource.tags().forEach((k, v) -> said.add(TagText.semantic(k, v)));
    Regions.bundled().get(resource.region()).ifPresent(region -> said.add(inWords(region)));
    if (said.length() > 0) {
      text.add(said.toString());
    }
    if (resource.state() != null) {
      text.add(resource.state() + ".");
    }
    var properties = resource.properties();
    for (String key : KEY_PROPERTIES) {
      var value = properties.get(key);
      if (value != null && value.isValueNode()) {
        text.add(key.replace('_', ' ') + " " + propertyWords(key, value.asText()) + ".");
      }
    }
    return text.toString();
  }

  /** Plain words for a resource type, e.g. {@code rds:db-instance} → "RDS relational…". */
  public static String typeWords(String resourceType) {
    String words = TYPE_WORDS.get(resourceType.toLowerCase(Locale.ROOT));
    return words != null ? words : resourceType.replace(':', ' ').replace('-', ' ');
  }

  /**
   * A name split into words, with abbreviations spelled out and well-known products explained:
   * {@code billing-prod-db} → "billing prod (production) db (database)".
   */
  public static String nameWords(String name) {
    StringJoiner words = new StringJoiner(" ");
    for (String part : name.split("[-_./:\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      words.add(part);
      Glossary.bundled().meaning(part).ifPresent(meaning -> words.add("(" + meaning + ")"));
    }
    return words.toString();
  }

  /**
   * "in Ireland": the region's country only. Its city as well ("in Dublin, Ireland") ranked a few
   * more paraphrases first but cost a fifth of the embedding rate (docs/benchmarks.md).
   */
  private static String inWords(Regions.Region region) {
    return "in " + region.country();
  }

  /** An engine's product name, an instance type's purpose; other values as they are. */
  private static String propertyWords(String key, String value) {
    if (key.equals("engine")) {
      return Engines.bundled().name(value).orElse(value);
    }
    if (key.endsWith("instance_type") || key.endsWith("instance_class")) {
      List<String> purposes = InstanceFamilies.bundled().purposes(value);
      return purposes.isEmpty() ? value : value + " " + String.join(", ", purposes);
    }
    return value;
  }
}
