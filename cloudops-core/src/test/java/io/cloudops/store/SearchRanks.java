package io.cloudops.store;

import io.cloudops.store.LabelledEstate.LabelledQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where a search put each labelled query's resource (1 = first, 0 = not among the hits), and the
 * figures of search-quality reports: recall@n and mean reciprocal rank.
 *
 * @param misses the queries whose resource was not first, with the first three hits
 */
public record SearchRanks(List<Integer> ranks, List<String> misses) {

  /** Ranks the queries with a search that returns resource names, best first. */
  public static SearchRanks of(List<LabelledQuery> queries, Function<String, List<String>> search) {
    List<Integer> ranks = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (LabelledQuery q : queries) {
      List<String> names = search.apply(q.query());
      int rank = names.indexOf(q.expectedName()) + 1;
      ranks.add(rank);
      if (rank != 1) {
        misses.add(
            "\""
                + q.query()
                + "\" -> "
                + names.subList(0, Math.min(3, names.size()))
                + " ("
                + q.expectedName()
                + " at "
                + (rank == 0 ? "none" : rank)
                + ")");
      }
    }
    return new SearchRanks(ranks, misses);
  }

  public int total() {
    return ranks.size();
  }

  public double recallAt(int n) {
    return ranks.stream().filter(r -> r >= 1 && r <= n).count() / (double) ranks.size();
  }

  public double mrr() {
    return ranks.stream().mapToDouble(r -> r == 0 ? 0 : 1.0 / r).sum() / ranks.size();
  }

  @Override
  public String toString() {
    return String.format("%.3f / %.3f / %.3f", recallAt(1), recallAt(5), mrr());
  }
}
