package io.cloudops.store;

import io.cloudops.model.AwsResource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A realistic estate for search tests: seven teams × three environments × ten kinds of resource
 * (210 resources in three accounts and regions), and natural-language queries labelled with the one
 * resource each should find.
 */
public final class LabelledEstate {

  static final List<String> TEAMS =
      List.of("billing", "payments", "search", "identity", "analytics", "checkout", "marketing");
  static final List<String> ENVS = List.of("prod", "staging", "dev");
  static final Map<String, String> ACCOUNT =
      Map.of("prod", "111111111111", "staging", "222222222222", "dev", "333333333333");
  static final Map<String, String> REGION =
      Map.of("prod", "eu-west-1", "staging", "us-east-1", "dev", "us-west-2");

  /** A query and the name of the resource it should find. */
  record LabelledQuery(String query, String expectedName) {}

  static final List<LabelledQuery> QUERIES =
      List.of(
          new LabelledQuery("Which database is the billing prod one?", "billing-prod-db"),
          new LabelledQuery("payments production postgres database", "payments-prod-db"),
          new LabelledQuery("search staging cache", "search-staging-cache"),
          new LabelledQuery("redis cache for identity in production", "identity-prod-cache"),
          new LabelledQuery("queue where checkout dev events go", "checkout-dev-events"),
          new LabelledQuery(
              "analytics staging bucket for static assets", "analytics-staging-assets"),
          new LabelledQuery(
              "serverless worker function of marketing prod", "marketing-prod-worker"),
          new LabelledQuery(
              "the role used to deploy billing staging", "billing-staging-deploy-role"),
          new LabelledQuery("identity dev session table", "identity-dev-sessions"),
          new LabelledQuery(
              "nosql table holding payments production sessions", "payments-prod-sessions"),
          new LabelledQuery("alerts topic for search production", "search-prod-alerts"),
          new LabelledQuery("web containers of checkout in staging", "checkout-staging-web"),
          new LabelledQuery("api server vm for analytics dev", "analytics-dev-api"),
          new LabelledQuery("marketing staging virtual machine", "marketing-staging-api"),
          new LabelledQuery("object storage for billing development", "billing-dev-assets"),
          new LabelledQuery("notification topic for payments dev", "payments-dev-alerts"),
          new LabelledQuery("deploy permissions of identity prod", "identity-prod-deploy-role"),
          new LabelledQuery("mysql database of search in staging", "search-staging-db"),
          new LabelledQuery("checkout production message queue", "checkout-prod-events"),
          new LabelledQuery(
              "lambda that processes analytics production jobs", "analytics-prod-worker"),
          new LabelledQuery("ECS service marketing dev", "marketing-dev-web"),
          new LabelledQuery("caching cluster for payments staging", "payments-staging-cache"),
          new LabelledQuery(
              "where do identity staging alerts get published", "identity-staging-alerts"),
          new LabelledQuery("billing prod EC2 instance", "billing-prod-api"));

  private LabelledEstate() {}

  /** The whole labelled estate. */
  public static List<AwsResource> resources() {
    List<AwsResource> all = new ArrayList<>();
    for (String team : TEAMS) {
      for (String env : ENVS) {
        all.addAll(forTeam(team, env));
      }
    }
    return all;
  }

  private static List<AwsResource> forTeam(String team, String env) {
    String account = ACCOUNT.get(env);
    String region = REGION.get(env);
    String prefix = team + "-" + env;
    String engine = team.equals("search") || team.equals("marketing") ? "mysql" : "postgres";
    List<AwsResource> out = new ArrayList<>();
    String instanceId = "i-0" + hex(prefix + "-api", 16);
    out.add(
        base(team, env, "ec2:instance", "ec2", instanceId, prefix + "-api")
            .arn("arn:aws:ec2:" + region + ":" + account + ":instance/" + instanceId)
            .state(env.equals("dev") ? "stopped" : "running")
            .property("instance_type", env.equals("prod") ? "m6i.large" : "t3.small")
            .property("private_ip", "10.0." + Math.abs(prefix.hashCode() % 200) + ".12")
            .build());
    out.add(
        base(team, env, "rds:db-instance", "rds", prefix + "-db", prefix + "-db")
            .arn("arn:aws:rds:" + region + ":" + account + ":db:" + prefix + "-db")
            .state("available")
            .property("engine", engine)
            .property("db_instance_class", "db.r6g.large")
            .build());
    out.add(
        base(team, env, "s3:bucket", "s3", prefix + "-assets", prefix + "-assets")
            .arn("arn:aws:s3:::" + prefix + "-assets")
            .build());
    out.add(
        base(team, env, "lambda:function", "lambda", prefix + "-worker", prefix + "-worker")
            .arn("arn:aws:lambda:" + region + ":" + account + ":function:" + prefix + "-worker")
            .state("Active")
            .property("runtime", "java17")
            .build());
    out.add(
        base(team, env, "sqs:queue", "sqs", prefix + "-events", prefix + "-events")
            .arn("arn:aws:sqs:" + region + ":" + account + ":" + prefix + "-events")
            .build());
    out.add(
        base(team, env, "dynamodb:table", "dynamodb", prefix + "-sessions", prefix + "-sessions")
            .arn("arn:aws:dynamodb:" + region + ":" + account + ":table/" + prefix + "-sessions")
            .state("ACTIVE")
            .property("billing_mode", "PAY_PER_REQUEST")
            .build());
    out.add(
        base(team, env, "iam:role", "iam", prefix + "-deploy-role", prefix + "-deploy-role")
            .arn("arn:aws:iam::" + account + ":role/" + prefix + "-deploy-role")
            .region(AwsResource.GLOBAL_REGION)
            .build());
    out.add(
        base(team, env, "elasticache:cluster", "elasticache", prefix + "-cache", prefix + "-cache")
            .arn("arn:aws:elasticache:" + region + ":" + account + ":cluster:" + prefix + "-cache")
            .state("available")
            .property("engine", "redis")
            .build());
    out.add(
        base(team, env, "sns:topic", "sns", prefix + "-alerts", prefix + "-alerts")
            .arn("arn:aws:sns:" + region + ":" + account + ":" + prefix + "-alerts")
            .build());
    out.add(
        base(team, env, "ecs:service", "ecs", prefix + "-web", prefix + "-web")
            .arn(
                "arn:aws:ecs:"
                    + region
                    + ":"
                    + account
                    + ":service/"
                    + team
                    + "/"
                    + prefix
                    + "-web")
            .state("ACTIVE")
            .property("launch_type", "FARGATE")
            .build());
    return out;
  }

  private static AwsResource.Builder base(
      String team, String env, String type, String service, String id, String name) {
    return AwsResource.builder()
        .id(id)
        .name(name)
        .resourceType(type)
        .service(service)
        .accountId(ACCOUNT.get(env))
        .region(REGION.get(env))
        .tag("team", team)
        .tag("env", env)
        .tag("owner", team + "-oncall@example.com");
  }

  static String hex(String seed, int length) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, length);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
