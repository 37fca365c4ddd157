package io.cloudops.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reciprocal-rank fusion of ranked key lists: a key scores {@code sum 1 / (k + rank)} over the
 * lists it appears in (rank from 1). Keys matched exactly (id, ARN, name) come first, then prefix
 * matches, then the fused ones; each group keeps its order. Backend-neutral.
 */
public final class RankFusion {

  /** The usual constant: damps the weight of the very first ranks. */
  public static final int DEFAULT_K = 60;

  /** Exact matches score this plus a small rank term: above every fused score (≤ 2 / 61). */
  static final double EXACT_BASE = 2.0;

  static final double PREFIX_BASE = 1.0;

  /** One fused result. */
  public record Ranked(String key, double score, SearchHit.MatchKind match) {}

  private final int k;

  public RankFusion(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    this.k = k;
  }

  /**
   * Fuses the lists.
   *
   * @param exact keys whose id, ARN or name is the query, best first
   * @param prefix keys whose id or ARN starts with the query
   * @param ranked lexical, semantic… lists, each best first
   */
  public List<Ranked> fuse(
      List<String> exact, List<String> prefix, List<List<String>> ranked, int limit) {
    Map<String, Ranked> out = new LinkedHashMap<>();
    int position = 0;
    for (String key : new LinkedHashSet<>(exact)) {
      out.putIfAbsent(
          key, new Ranked(key, EXACT_BASE + 1.0 / (k + ++position), SearchHit.MatchKind.EXACT));
    }
    position = 0;
    for (String key : new LinkedHashSet<>(prefix)) {
      if (!out.containsKey(key)) {
        out.put(
            key, new Ranked(key, PREFIX_BASE + 1.0 / (k + ++position), SearchHit.MatchKind.PREFIX));
      }
    }
    Map<String, Double> fused = new HashMap<>();
    for (List<String> list : ranked) {
      Set<String> seen = new LinkedHashSet<>();
      int rank = 0;
      for (String key : list) {
        if (seen.add(key)) {
          rank++;
          fused.merge(key, 1.0 / (k + rank), Double::sum);
        }
      }
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(fused.entrySet());
    entries.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<String, Double> e : entries) {
      out.putIfAbsent(e.getKey(), new Ranked(e.getKey(), e.getValue(), SearchHit.MatchKind.HYBRID));
    }
    return out.values().stream().limit(limit).toList();
  }
}
