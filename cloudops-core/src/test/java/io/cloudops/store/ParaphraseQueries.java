package io.cloudops.store;

import io.cloudops.model.AwsResource;
import io.cloudops.store.LabelledEstate.LabelledQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a user asks for the {@link LabelledEstate#twins()}: by place, environment, owner, team,
 * purpose and product, never by a word of the resource's name ({@link #nameTokensIn} checks that).
 * Plus exact ids and names of the whole estate, which must stay first.
 */
public final class ParaphraseQueries {

  /** Paraphrases, each with the one resource a person asking it means. */
  public static final List<LabelledQuery> PARAPHRASES =
      List.of(
          q("the bastion for production in Dublin", "jmp-a1"),
          q("Irish production jump server", "jmp-a1"),
          q("pre-prod bastion host in Ireland", "jmp-a2"),
          q("staging bastion in Europe", "jmp-a2"),
          q("Irish jump server for staging", "jmp-a2"),
          q("ssh jump host for live in Frankfurt", "jmp-b1"),
          q("the German jump box", "jmp-b1"),
          q("production bastion in North Virginia", "jmp-c1"),
          q("bastion in the US", "jmp-c1"),
          q("prod SSH bastion in the States", "jmp-c1"),
          q("development bastion in Sydney", "jmp-d1"),
          q("the Australian jump host", "jmp-d1"),
          q("our build server", "jenkins-01"),
          q("the continuous integration machine", "jenkins-01"),
          q("code quality scanner server", "sonar-01"),
          q("where our dashboards run", "grafana-01"),
          q("metrics dashboards server in Ireland", "grafana-01"),
          q("artifact repository server", "nexus-01"),
          q("the single sign-on server", "keycloak-01"),
          q("identity provider server for SSO", "keycloak-01"),
          q("workflow scheduler for data pipelines", "airflow-01"),
          q("ETL orchestration server", "airflow-01"),
          q("event streaming broker in Frankfurt", "kafka-b1"),
          q("the message broker in Germany", "kafka-b1"),
          q("the American event streaming broker", "kafka-b2"),
          q("training data bucket in the States", "dsci-raw-7781"),
          q("where the ML training data lives in Europe", "dsci-raw-7782"),
          q("Australian copy of the training set", "dsci-raw-7783"),
          q("training data in Sydney", "dsci-raw-7783"),
          q("bucket with trained model artifacts", "dsci-raw-7784"),
          q("CDN access logs bucket in London", "edge-archive-01"),
          q("access log storage in Tokyo", "edge-archive-02"),
          q("Japanese CDN logs", "edge-archive-02"),
          q("dave's test box", "sbx-4411"),
          q("dave kowalski's small testing vm", "sbx-4411"),
          q("maria's test machine", "sbx-4412"),
          q("the instance owned by maria", "sbx-4412"),
          q("the GPU instance dave uses for experiments", "sbx-4413"),
          q("pre-prod mysql of the orders team", "ord-my-s"),
          q("production database of the orders team", "ord-my-p"),
          q("live orders mysql in Dublin", "ord-my-p"),
          q("the orders team's development MySQL", "ord-my-d"),
          q("orders database in Oregon", "ord-my-d"),
          q("the live database behind the basket", "pay-core-p"),
          q("production postgres of the shopping basket", "pay-core-p"),
          q("staging PostgreSQL of the basket service", "pay-core-s"),
          q("postgres for basket development", "pay-core-d"),
          q("the finance department's live reporting function", "rpt-gen-01"),
          q("development report lambda of finance", "rpt-gen-02"),
          q("finance reports function in Oregon", "rpt-gen-02"),
          q("priya's image resizer for production", "img-rsz-a"),
          q("the development image resizing lambda owned by priya", "img-rsz-b"),
          q("data science GPU machine", "ml-wk-01"),
          q("the data scientists' p3 instance", "ml-wk-01"),
          q("the memory optimized box of data science", "ml-wk-02"),
          q("compute optimized server the data scientists use", "ml-wk-03"),
          q("the orders team's live event queue", "ord-evt-p"),
          q("staging message queue of orders", "ord-evt-s"),
          q("the production network in Frankfurt", "core-net-1"),
          q("the production VPC in the States", "core-net-2"),
          q("public load balancer for live storefront traffic", "ingress-p"),
          q("storefront pre-production load balancer", "ingress-s"),
          q("live redis holding sessions for accounts", "sess-kv-p"),
          q("pre-production redis of the accounts team", "sess-kv-s"),
          q("the accounts team cache in Virginia", "sess-kv-s"));

  private ParaphraseQueries() {}

  /**
   * Exact queries: the id and the name of every twin and of every seventh labelled resource (one
   * per team, type and environment over the whole estate), each expecting its resource first.
   */
  public static List<LabelledQuery> exact() {
    List<AwsResource> labelled = LabelledEstate.resources();
    List<AwsResource> chosen = new ArrayList<>(LabelledEstate.twins());
    for (int i = 0; i < labelled.size(); i += 7) {
      chosen.add(labelled.get(i));
    }
    return chosen.stream()
        .flatMap(r -> Stream.of(q(r.id(), r.name()), q(r.name(), r.name())))
        .distinct()
        .toList();
  }

  /** The words of a query that are also words of a name (split at anything not a letter/digit). */
  public static Set<String> nameTokensIn(String query, String name) {
    Set<String> nameTokens = tokens(name);
    return tokens(query).stream().filter(nameTokens::contains).collect(Collectors.toSet());
  }

  private static Set<String> tokens(String text) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(t -> !t.isEmpty())
        .collect(Collectors.toSet());
  }

  private static LabelledQuery q(String query, String expectedName) {
    return new LabelledQuery(query, expectedName);
  }
}
