package io.cloudops.store;

import io.cloudops.model.AwsResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The hybrid search of every backend, in one place: exact id, ARN and name matches first, then
 * prefix matches of an identifier, then the lexical and semantic legs fused by rank ({@link
 * RankFusion}); when the query speaks filters ({@link QueryUnderstanding}), the first fused hits
 * are judged on their clear fields and re-ranked with boosts. A backend supplies only its legs
 * ({@link SearchLegs}), so both backends rank alike and a change to the ranking is made once.
 */
public final class HybridSearch {

  /** How deep each ranked list (lexical, semantic) goes before fusion. */
  public static final int DEPTH = 50;

  /** The shortest query read as the start of an id or ARN. */
  static final int MIN_PREFIX = 4;

  private static final String ENCLOSING = "^[\"'(<\\[]+|[\"'?!,;.)>\\]]+$";

  private final RankFusion fusion = new RankFusion(RankFusion.DEFAULT_K);

  /** The ranked lists of a query, each best first, before fusion (for search-quality reports). */
  public record RankedLists(List<String> lexical, List<String> semantic) {

    public RankedLists {
      lexical = List.copyOf(lexical);
      semantic = List.copyOf(semantic);
    }

    List<List<String>> all() {
      return List.of(lexical, semantic);
    }
  }

  /**
   * Searches through the backend's legs.
   *
   * @param query what the user typed
   * @param limit at most this many hits
   * @param legs the backend's legs over the search's filter
   */
  public List<SearchHit> search(String query, int limit, SearchLegs legs) {
    String text = query == null ? "" : query.strip();
    if (text.isEmpty() || limit < 1 || legs.count() == 0) {
      return List.of(); // nothing to find: skip loading the model for the query
    }
    QueryUnderstanding understood = QueryUnderstanding.of(text);
    List<String> exact = legs.exact(exactValues(text), limit);
    String stem = stripEllipsis(text);
    List<String> prefix =
        stem.length() >= MIN_PREFIX && !stem.contains(" ")
            ? legs.prefix(stem.toLowerCase(Locale.ROOT), limit)
            : List.of();
    List<List<String>> lists = rankedLists(text, understood, legs).all();
    List<RankFusion.Ranked> window =
        understood.window(fusion.fuse(exact, prefix, lists, Integer.MAX_VALUE), lists, limit);
    // judge the window on clear fields where that suffices; decrypt only what is returned
    boolean whole = understood.filters().isEmpty() || understood.needsProperties();
    List<String> windowKeys = keys(window);
    Map<String, AwsResource> judged = whole ? legs.resources(windowKeys) : legs.clear(windowKeys);
    List<RankFusion.Ranked> ranked = understood.rerank(window, judged::get, limit);
    Map<String, AwsResource> found = whole ? judged : legs.resources(keys(ranked));
    List<SearchHit> hits = new ArrayList<>(ranked.size());
    for (RankFusion.Ranked r : ranked) {
      AwsResource resource = found.get(r.key());
      if (resource != null) {
        hits.add(new SearchHit(resource, r.score(), r.match()));
      }
    }
    return hits;
  }

  /** The lexical and semantic lists of a query, before fusion. */
  public RankedLists rankedLists(String query, SearchLegs legs) {
    return rankedLists(query.strip(), QueryUnderstanding.of(query.strip()), legs);
  }

  private static RankedLists rankedLists(
      String text, QueryUnderstanding understood, SearchLegs legs) {
    return new RankedLists(
        legs.lexical(understood.lexicalQuery(), DEPTH), legs.semantic(text, DEPTH));
  }

  /**
   * The whole query, and each of its words without enclosing quotes or punctuation, lower-cased.
   */
  static Set<String> exactValues(String text) {
    Set<String> values = new LinkedHashSet<>();
    values.add(text.toLowerCase(Locale.ROOT));
    for (String word : text.split("\\s+")) {
      String trimmed = word.replaceAll(ENCLOSING, "");
      if (!trimmed.isEmpty()) {
        values.add(trimmed.toLowerCase(Locale.ROOT));
      }
    }
    return values;
  }

  /** The query without a trailing ellipsis ("i-0abc…"): the start of an identifier. */
  static String stripEllipsis(String text) {
    return text.strip().replaceAll("(\u2026|\\.\\.\\.)$", "").strip();
  }

  private static List<String> keys(List<RankFusion.Ranked> ranked) {
    return ranked.stream().map(RankFusion.Ranked::key).toList();
  }
}
