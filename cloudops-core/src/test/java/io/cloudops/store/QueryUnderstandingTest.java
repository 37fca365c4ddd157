package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.AwsResource;
import io.cloudops.store.SpokenFilter.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QueryUnderstandingTest {

  private final Map<String, AwsResource> twins =
      LabelledEstate.twins().stream().collect(Collectors.toMap(AwsResource::key, r -> r));

  @Test
  void filtersSpokenInWords_areRecognised() {
    assertThat(kinds("the bastion for production in Frankfurt"))
        .containsEntry(Kind.REGION, Set.of("eu-central-1"))
        .containsEntry(Kind.ENVIRONMENT, Set.of("production"));
    assertThat(kinds("pre-prod postgres owned by dave"))
        .containsEntry(Kind.ENVIRONMENT, Set.of("staging"))
        .containsEntry(Kind.OWNER, Set.of("dave"))
        .hasEntrySatisfying(Kind.ENGINE, engines -> assertThat(engines).contains("PostgreSQL"));
    assertThat(kinds("maria's GPU box")).containsEntry(Kind.OWNER, Set.of("maria"));
    assertThat(kinds("memory optimized box"))
        .containsEntry(Kind.INSTANCE_PURPOSE, Set.of("memory optimized"));
    assertThat(kinds("the orders team queue")).containsEntry(Kind.TEAM, Set.of("orders", "queue"));
  }

  @Test
  void identifiers_sayNothing_soExactLookupsStayCheap() {
    for (String id : List.of("i-0abc123", "billing-prod-db", "arn:aws:s3:::assets", "vol-1")) {
      assertThat(QueryUnderstanding.of(id).filters()).as(id).isEmpty();
    }
    assertThat(QueryUnderstanding.of("postgres").filters()).isNotEmpty();
  }

  @Test
  void lexicalQuery_joinsEnvironmentPhrases_asTheResourceTextWritesThem() {
    assertThat(QueryUnderstanding.of("pre-prod mysql of orders").lexicalQuery())
        .isEqualTo("preprod mysql of orders");
    assertThat(QueryUnderstanding.of("prod mysql?").lexicalQuery()).isEqualTo("prod mysql?");
  }

  @Test
  void rerank_boostsHitsMeetingTheSpokenFilters() {
    List<RankFusion.Ranked> fused = ranked("jmp-c1", "jmp-b1", "jmp-a1");

    List<RankFusion.Ranked> reranked =
        QueryUnderstanding.of("the bastion for production in Dublin").rerank(fused, byKey(), 3);

    assertThat(reranked).extracting(r -> name(r.key())).startsWith("jmp-a1");
  }

  @Test
  void rerank_neverHidesAHit_norLiftsOneAboveAnExactMatch() {
    String exact = key("jmp-d1");
    List<RankFusion.Ranked> fused = new ArrayList<>();
    fused.add(new RankFusion.Ranked(exact, RankFusion.EXACT_BASE, SearchHit.MatchKind.EXACT));
    fused.addAll(ranked("sbx-4411", "jmp-a1"));

    List<RankFusion.Ranked> reranked =
        QueryUnderstanding.of("the bastion for production in Dublin").rerank(fused, byKey(), 10);

    assertThat(reranked)
        .extracting(r -> name(r.key()))
        .containsExactly("jmp-d1", "jmp-a1", "sbx-4411");
  }

  @Test
  void queryWithoutFilters_keepsTheFusedOrder() {
    List<RankFusion.Ranked> fused = ranked("jmp-c1", "jmp-b1");
    QueryUnderstanding understood = QueryUnderstanding.of("a b");

    assertThat(understood.filters()).isEmpty();
    assertThat(understood.window(fused, List.of(), 1)).isEqualTo(fused.subList(0, 1));
    assertThat(understood.rerank(fused, byKey(), 5)).isEqualTo(fused);
  }

  @Test
  void window_holdsTheFirstFusedHits_andTheLeadersOfEachList() {
    List<RankFusion.Ranked> fused =
        ranked(LabelledEstate.twins().stream().map(AwsResource::name).toArray(String[]::new));
    String lateLeader = fused.get(fused.size() - 1).key();

    List<RankFusion.Ranked> window =
        QueryUnderstanding.of("the bastion in Sydney")
            .window(fused, List.of(List.of(lateLeader)), 10);

    assertThat(window).hasSize(QueryUnderstanding.WINDOW + 1);
    assertThat(window.get(window.size() - 1).key()).isEqualTo(lateLeader);
  }

  private Map<Kind, Set<String>> kinds(String query) {
    return QueryUnderstanding.of(query).filters().stream()
        .collect(Collectors.toMap(SpokenFilter::kind, SpokenFilter::values));
  }

  private List<RankFusion.Ranked> ranked(String... names) {
    List<RankFusion.Ranked> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      out.add(new RankFusion.Ranked(key(names[i]), 0.03 - i * 0.001, SearchHit.MatchKind.HYBRID));
    }
    return out;
  }

  private Function<String, AwsResource> byKey() {
    return twins::get;
  }

  private String key(String name) {
    return twins.values().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow()
        .key();
  }

  private String name(String key) {
    return twins.get(key).name();
  }
}
