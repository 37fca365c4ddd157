package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.AwsResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's order over legs given as plain lists (the backends' own legs run in the store
 * contract tests): what each leg is asked, and how its answers are ranked.
 */
class HybridSearchTest {

  private final HybridSearch search = new HybridSearch();

  @Test
  void search_putsExactThenPrefixThenFusedHits() {
    ListedLegs legs = new ListedLegs(List.of("a", "b", "c", "d"));
    legs.exact = List.of("c");
    legs.prefix = List.of("d");
    legs.lexical = List.of("a", "b");
    legs.semantic = List.of("b", "a");

    List<SearchHit> hits = search.search("i-0abc", 10, legs);

    assertThat(hits).extracting(hit -> hit.resource().key()).containsExactly("c", "d", "a", "b");
    assertThat(hits)
        .extracting(SearchHit::match)
        .containsExactly(
            SearchHit.MatchKind.EXACT,
            SearchHit.MatchKind.PREFIX,
            SearchHit.MatchKind.HYBRID,
            SearchHit.MatchKind.HYBRID);
    assertThat(legs.asked).contains("exact [i-0abc]", "prefix i-0abc");
  }

  @Test
  void search_withoutASemanticLeg_ranksByTheLexicalLegAlone() {
    ListedLegs legs = new ListedLegs(List.of("a", "b", "c"));
    legs.lexical = List.of("c", "a", "b");

    List<SearchHit> hits = search.search("the cache", 2, legs);

    assertThat(hits).extracting(hit -> hit.resource().key()).containsExactly("c", "a");
  }

  @Test
  void search_whenNothingPassesTheFilter_asksNoLeg() {
    ListedLegs legs = new ListedLegs(List.of());
    legs.lexical = List.of("a");

    assertThat(search.search("billing database", 10, legs)).isEmpty();
    assertThat(legs.asked).containsExactly("count");
  }

  @Test
  void search_ofWords_asksNoPrefix_andGivesTheLexicalLegTheUnderstoodQuery() {
    ListedLegs legs = new ListedLegs(List.of("a"));
    String query = "pre prod \"orders\" db";

    search.search(query, 10, legs);

    assertThat(QueryUnderstanding.of(query).lexicalQuery()).isNotEqualTo(query);
    assertThat(legs.asked)
        .contains(
            "exact [pre prod \"orders\" db, pre, prod, orders, db]",
            "lexical " + QueryUnderstanding.of(query).lexicalQuery(),
            "semantic " + query)
        .noneMatch(call -> call.startsWith("prefix"));
  }

  @Test
  void search_whenTheQuerySpeaksAFilter_judgesTheWindowOnClearFields_andReadsOnlyTheHits() {
    ListedLegs legs = new ListedLegs(List.of("a", "b", "c"));
    legs.lexical = List.of("a", "b", "c");
    legs.regions = Map.of("c", "eu-central-1");

    List<SearchHit> hits = search.search("queue in Frankfurt", 1, legs);

    assertThat(hits).extracting(hit -> hit.resource().key()).containsExactly("c");
    assertThat(legs.asked).contains("clear [a, b, c]", "resources [c]");
  }

  /** Legs answered from lists; records what the pipeline asks. */
  private static final class ListedLegs implements SearchLegs {
    private final List<String> stored;
    private final List<String> asked = new ArrayList<>();
    private List<String> exact = List.of();
    private List<String> prefix = List.of();
    private List<String> lexical = List.of();
    private List<String> semantic = List.of();
    private Map<String, String> regions = Map.of();

    ListedLegs(List<String> stored) {
      this.stored = stored;
    }

    @Override
    public long count() {
      asked.add("count");
      return stored.size();
    }

    @Override
    public List<String> exact(Set<String> values, int limit) {
      asked.add("exact " + values);
      return exact;
    }

    @Override
    public List<String> prefix(String stem, int limit) {
      asked.add("prefix " + stem);
      return prefix;
    }

    @Override
    public List<String> lexical(String text, int depth) {
      asked.add("lexical " + text);
      return lexical;
    }

    @Override
    public List<String> semantic(String query, int depth) {
      asked.add("semantic " + query);
      return semantic;
    }

    @Override
    public Map<String, AwsResource> clear(List<String> keys) {
      asked.add("clear " + keys);
      return read(keys);
    }

    @Override
    public Map<String, AwsResource> resources(List<String> keys) {
      asked.add("resources " + keys);
      return read(keys);
    }

    private Map<String, AwsResource> read(List<String> keys) {
      Map<String, AwsResource> out = new LinkedHashMap<>();
      for (String key : keys) {
        out.put(
            key,
            AwsResource.builder()
                .id(key)
                .name(key)
                .arn(key)
                .resourceType("sqs:queue")
                .service("sqs")
                .accountId("111111111111")
                .region(regions.getOrDefault(key, "us-east-1"))
                .build());
      }
      return out;
    }
  }
}
