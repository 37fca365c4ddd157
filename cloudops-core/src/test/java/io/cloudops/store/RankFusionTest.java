package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {

  private final RankFusion fusion = new RankFusion(60);

  @Test
  void fuse_ranksKeysFoundByBothListsAboveThoseFoundByOne() {
    List<RankFusion.Ranked> fused =
        fusion.fuse(List.of(), List.of(), List.of(List.of("a", "b", "c"), List.of("c", "d")), 10);

    assertThat(fused).extracting(RankFusion.Ranked::key).startsWith("c", "a");
    assertThat(fused).extracting(RankFusion.Ranked::match).containsOnly(SearchHit.MatchKind.HYBRID);
  }

  @Test
  void fuse_putsExactThenPrefixMatchesFirst_withoutDuplicates() {
    List<RankFusion.Ranked> fused =
        fusion.fuse(
            List.of("x"), List.of("x", "y"), List.of(List.of("a", "x"), List.of("y", "a")), 10);

    assertThat(fused).extracting(RankFusion.Ranked::key).containsExactly("x", "y", "a");
    assertThat(fused)
        .extracting(RankFusion.Ranked::match)
        .containsExactly(
            SearchHit.MatchKind.EXACT, SearchHit.MatchKind.PREFIX, SearchHit.MatchKind.HYBRID);
    assertThat(fused.get(1).score()).isGreaterThan(fused.get(2).score());
  }

  @Test
  void fuse_honoursTheLimit_andBreaksTiesByKey() {
    List<RankFusion.Ranked> fused =
        fusion.fuse(List.of(), List.of(), List.of(List.of("b"), List.of("a")), 1);

    assertThat(fused).extracting(RankFusion.Ranked::key).containsExactly("a");
  }
}
