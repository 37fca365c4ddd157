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
 * resource each should find. {@link #withTwins()} adds {@link #twins()}: resources named the way
 * estates really are (short codes, product names) whose meaning sits in their tags, region and
 * instance type, with prod/staging/dev and region twins, owners and departments.
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
  public record LabelledQuery(String query, String expectedName) {}

  public static final List<LabelledQuery> QUERIES =
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

  /** The labelled estate plus its {@link #twins()}. */
  public static List<AwsResource> withTwins() {
    List<AwsResource> all = new ArrayList<>(resources());
    all.addAll(twins());
    return all;
  }

  /**
   * Near-duplicates named by short codes: bastions per environment and region, build and platform
   * servers named after their product, training-data buckets per continent, test boxes of two
   * people, the orders team's and the basket service's databases in three environments, a finance
   * department's functions, data-science machines that differ by instance family, queues, networks,
   * load balancers and caches.
   */
  public static List<AwsResource> twins() {
    return List.of(
        ec2("jmp-a1", "eu-west-1", "prod", "t3.micro", "role", "bastion", "team", "platform"),
        ec2("jmp-a2", "eu-west-1", "staging", "t3.micro", "role", "bastion", "team", "platform"),
        ec2("jmp-b1", "eu-central-1", "prod", "t3.micro", "role", "bastion", "team", "platform"),
        ec2("jmp-c1", "us-east-1", "prod", "t3.micro", "role", "bastion", "team", "platform"),
        ec2("jmp-d1", "ap-southeast-2", "dev", "t3.micro", "role", "bastion", "team", "platform"),
        ec2("jenkins-01", "us-east-1", "prod", "m5.xlarge", "team", "platform"),
        ec2("sonar-01", "us-east-1", "prod", "m5.large", "team", "platform"),
        ec2("grafana-01", "eu-west-1", "prod", "t3.medium", "team", "platform"),
        ec2("nexus-01", "eu-west-1", "prod", "m5.large", "team", "platform"),
        ec2("keycloak-01", "eu-west-1", "prod", "t3.large", "team", "platform"),
        ec2("airflow-01", "eu-west-1", "prod", "m5.large", "team", "data-science"),
        ec2("kafka-b1", "eu-central-1", "prod", "r5.large", "team", "platform"),
        ec2("kafka-b2", "us-east-1", "prod", "r5.large", "team", "platform"),
        bucket("dsci-raw-7781", "us-east-1", "purpose", "training data"),
        bucket("dsci-raw-7782", "eu-west-1", "purpose", "training data"),
        bucket("dsci-raw-7783", "ap-southeast-2", "purpose", "training data"),
        bucket("dsci-raw-7784", "us-east-1", "purpose", "trained model artifacts"),
        bucket("edge-archive-01", "eu-west-2", "purpose", "CDN access logs"),
        bucket("edge-archive-02", "ap-northeast-1", "purpose", "CDN access logs"),
        ec2(
            "sbx-4411",
            "us-west-2",
            "dev",
            "t3.medium",
            "owner",
            "dave.kowalski@example.com",
            "purpose",
            "testing"),
        ec2(
            "sbx-4412",
            "us-west-2",
            "dev",
            "t3.medium",
            "owner",
            "maria.santos@example.com",
            "purpose",
            "testing"),
        ec2(
            "sbx-4413",
            "us-west-2",
            "dev",
            "p3.2xlarge",
            "owner",
            "dave.kowalski@example.com",
            "purpose",
            "experiments"),
        database("ord-my-p", "eu-west-1", "prod", "mysql", "team", "orders"),
        database("ord-my-s", "us-east-1", "staging", "mysql", "team", "orders"),
        database("ord-my-d", "us-west-2", "dev", "mysql", "team", "orders"),
        database("pay-core-p", "eu-west-1", "prod", "postgres", "service", "basket"),
        database("pay-core-s", "us-east-1", "staging", "postgres", "service", "basket"),
        database("pay-core-d", "us-west-2", "dev", "postgres", "service", "basket"),
        function("rpt-gen-01", "eu-west-1", "prod", "department", "finance", "purpose", "reports"),
        function("rpt-gen-02", "us-west-2", "dev", "department", "finance", "purpose", "reports"),
        function(
            "img-rsz-a", "eu-west-1", "prod", "owner", "Priya Raman", "purpose", "image resizing"),
        function(
            "img-rsz-b", "us-west-2", "dev", "owner", "Priya Raman", "purpose", "image resizing"),
        ec2("ml-wk-01", "eu-west-1", "prod", "p3.2xlarge", "team", "data-science"),
        ec2("ml-wk-02", "eu-west-1", "prod", "r5.2xlarge", "team", "data-science"),
        ec2("ml-wk-03", "eu-west-1", "prod", "c5.2xlarge", "team", "data-science"),
        queue("ord-evt-p", "eu-west-1", "prod", "team", "orders"),
        queue("ord-evt-s", "us-east-1", "staging", "team", "orders"),
        network("core-net-1", "eu-central-1", "prod"),
        network("core-net-2", "us-east-1", "prod"),
        balancer("ingress-p", "eu-west-1", "prod", "service", "storefront"),
        balancer("ingress-s", "us-east-1", "staging", "service", "storefront"),
        cache("sess-kv-p", "eu-west-1", "prod", "team", "accounts"),
        cache("sess-kv-s", "us-east-1", "staging", "team", "accounts"));
  }

  private static AwsResource ec2(
      String name, String region, String env, String instanceType, String... tags) {
    String id = "i-0" + hex(name, 16);
    return twin(name, "ec2:instance", "ec2", id, region, env, tags)
        .arn(arn("ec2", region, env, "instance/" + id))
        .state("running")
        .property("instance_type", instanceType)
        .build();
  }

  private static AwsResource bucket(String name, String region, String... tags) {
    return twin(name, "s3:bucket", "s3", name, region, "prod", tags)
        .arn("arn:aws:s3:::" + name)
        .build();
  }

  private static AwsResource database(
      String name, String region, String env, String engine, String... tags) {
    return twin(name, "rds:db-instance", "rds", name, region, env, tags)
        .arn(arn("rds", region, env, "db:" + name))
        .state("available")
        .property("engine", engine)
        .property("db_instance_class", "db.r6g.large")
        .build();
  }

  private static AwsResource function(String name, String region, String env, String... tags) {
    return twin(name, "lambda:function", "lambda", name, region, env, tags)
        .arn(arn("lambda", region, env, "function:" + name))
        .state("Active")
        .property("runtime", "python3.12")
        .build();
  }

  private static AwsResource queue(String name, String region, String env, String... tags) {
    return twin(name, "sqs:queue", "sqs", name, region, env, tags)
        .arn(arn("sqs", region, env, name))
        .build();
  }

  private static AwsResource network(String name, String region, String env) {
    String id = "vpc-0" + hex(name, 16);
    return twin(name, "ec2:vpc", "ec2", id, region, env)
        .arn(arn("ec2", region, env, "vpc/" + id))
        .state("available")
        .build();
  }

  private static AwsResource balancer(String name, String region, String env, String... tags) {
    return twin(name, "elbv2:load-balancer", "elasticloadbalancing", name, region, env, tags)
        .arn(
            arn(
                "elasticloadbalancing",
                region,
                env,
                "loadbalancer/app/" + name + "/" + hex(name, 16)))
        .state("active")
        .property("scheme", "internet-facing")
        .build();
  }

  private static AwsResource cache(String name, String region, String env, String... tags) {
    return twin(name, "elasticache:cluster", "elasticache", name, region, env, tags)
        .arn(arn("elasticache", region, env, "cluster:" + name))
        .state("available")
        .property("engine", "redis")
        .build();
  }

  private static String arn(String service, String region, String env, String resource) {
    return "arn:aws:" + service + ":" + region + ":" + ACCOUNT.get(env) + ":" + resource;
  }

  private static AwsResource.Builder twin(
      String name,
      String type,
      String service,
      String id,
      String region,
      String env,
      String... tags) {
    AwsResource.Builder builder =
        AwsResource.builder()
            .id(id)
            .name(name)
            .resourceType(type)
            .service(service)
            .accountId(ACCOUNT.get(env))
            .region(region)
            .tag("env", env);
    for (int i = 0; i < tags.length; i += 2) {
      builder.tag(tags[i], tags[i + 1]);
    }
    return builder;
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
