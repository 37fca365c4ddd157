package io.cloudops.console;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The facet values of every row of the explorer's view, interned: per facet, each row's value as a
 * small number, so counting and narrowing 100,000 rows is arithmetic on arrays, not string maps.
 */
final class FacetColumns {

  private static final Facet[] FACETS = Facet.values();

  /** Per facet, the distinct values; a value's number is its index. */
  private final String[][] values;

  /** Per facet, each row's value number, or -1 when it has none. */
  private final int[][] ids;

  FacetColumns(List<ResourceSummary> rows) {
    values = new String[FACETS.length][];
    ids = new int[FACETS.length][rows.size()];
    for (Facet facet : FACETS) {
      Map<String, Integer> numbers = new HashMap<>();
      int[] column = ids[facet.ordinal()];
      for (int row = 0; row < rows.size(); row++) {
        String value = rows.get(row).value(facet);
        column[row] = value == null ? -1 : numbers.computeIfAbsent(value, v -> numbers.size());
      }
      String[] dictionary = new String[numbers.size()];
      numbers.forEach((value, number) -> dictionary[number] = value);
      values[facet.ordinal()] = dictionary;
    }
  }

  /** The outcome of one pass over the candidate rows. */
  record Counted(List<Integer> matches, Map<String, Map<String, Long>> facets) {}

  /**
   * Counts each facet's values over the candidates that pass every other selection, and lists the
   * candidates that pass them all, in candidate order.
   *
   * @param candidates row numbers
   * @param tagsMatch whether a row (by number) has the query's tags
   */
  Counted count(int[] candidates, ResourceQuery query, IntPredicate tagsMatch) {
    boolean[][] accepted = accepted(query.selected());
    long[][] counts = new long[FACETS.length][];
    for (int f = 0; f < FACETS.length; f++) {
      counts[f] = new long[values[f].length];
    }
    List<Integer> matches = new ArrayList<>();
    for (int row : candidates) {
      if (!query.tags().isEmpty() && !tagsMatch.test(row)) {
        continue;
      }
      int failures = 0;
      int failed = -1;
      for (int f = 0; f < FACETS.length && failures < 2; f++) {
        int id = ids[f][row];
        if (accepted[f] != null && (id < 0 || !accepted[f][id])) {
          failures++;
          failed = f;
        }
      }
      if (failures == 0) {
        matches.add(row);
      }
      if (failures < 2) {
        for (int f = 0; f < FACETS.length; f++) {
          int id = ids[f][row];
          if (id >= 0 && (failures == 0 || failed == f)) {
            counts[f][id]++;
          }
        }
      }
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (Facet facet : FACETS) {
      Map<String, Long> byValue = new TreeMap<>();
      long[] column = counts[facet.ordinal()];
      for (int id = 0; id < column.length; id++) {
        if (column[id] > 0) {
          byValue.put(values[facet.ordinal()][id], column[id]);
        }
      }
      facets.put(facet.parameter(), byValue);
    }
    return new Counted(matches, facets);
  }

  /** Per facet, which value numbers the selection accepts; null where nothing is selected. */
  private boolean[][] accepted(Map<Facet, Set<String>> selected) {
    boolean[][] accepted = new boolean[FACETS.length][];
    Map<Facet, Set<String>> bySelection = new EnumMap<>(Facet.class);
    bySelection.putAll(selected);
    bySelection.forEach(
        (facet, wanted) -> {
          String[] dictionary = values[facet.ordinal()];
          boolean[] accepts = new boolean[dictionary.length];
          for (int id = 0; id < dictionary.length; id++) {
            accepts[id] = wanted.contains(dictionary[id]);
          }
          accepted[facet.ordinal()] = accepts;
        });
    return accepted;
  }
}
