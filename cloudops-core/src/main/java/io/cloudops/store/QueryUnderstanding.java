package io.cloudops.store;

import io.cloudops.model.AwsResource;
import io.cloudops.store.SpokenFilter.Kind;
import io.cloudops.store.vocabulary.Engines;
import io.cloudops.store.vocabulary.Environments;
import io.cloudops.store.vocabulary.InstanceFamilies;
import io.cloudops.store.vocabulary.PhraseIndex;
import io.cloudops.store.vocabulary.Regions;
import io.cloudops.store.vocabulary.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search query says beyond its words, shared by every backend's search: the filters it
 * speaks ({@link SpokenFilter}: places, environments, owners, teams, services, engines, instance
 * purposes) and the text for the lexical leg. The filters re-rank the fused hits as boosts, never
 * as filters: a hit that meets none keeps its place among the others, and exact and prefix matches
 * stay first.
 */
public final class QueryUnderstanding {

  /**
   * What each spoken filter a hit meets adds to its fused score: as much as a first place in one
   * more ranked list, so it re-orders near-twins but a hit must also match the query's words.
   */
  static final double BOOST = 1.0 / (RankFusion.DEFAULT_K + 1);

  /** How many of the first fused hits are re-ranked when the query speaks a filter. */
  public static final int WINDOW = 20;

  /**
   * How many of the first hits of each ranked list are re-ranked as well: a list's leader that the
   * other list misses ranks low in the fusion, but is often what the filters point to.
   */
  public static final int LIST_LEADERS = 5;

  private static final Pattern OWNER =
      Pattern.compile(
          "(?:owned by|belonging to|belongs to)\\s+(\\p{L}+)|(\\p{L}+)(?:'s|’s)(?!\\p{L})"
              + "|(\\p{L}+s)'(?!\\p{L})|(\\p{L}+)\\s+owns(?!\\p{L})");

  /** One word holding a digit or a separator: an id, ARN or resource name, matched exactly. */
  private static final Pattern IDENTIFIER = Pattern.compile("\\S*[\\d:/_.-]\\S*");

  private static final Set<String> NOT_NAMES =
      Set.of(
          "the", "and", "for", "with", "our", "which", "where", "what", "that", "team", "service");

  private final List<SpokenFilter> filters;
  private final String lexicalQuery;

  private QueryUnderstanding(List<SpokenFilter> filters, String lexicalQuery) {
    this.filters = List.copyOf(filters);
    this.lexicalQuery = lexicalQuery;
  }

  /** Reads a query; an identifier (one word with a digit or separator, e.g. an id) says nothing. */
  public static QueryUnderstanding of(String query) {
    if (IDENTIFIER.matcher(query.strip()).matches()) {
      return new QueryUnderstanding(List.of(), query);
    }
    List<String> words = Words.of(query);
    Map<Kind, Set<String>> spoken = new EnumMap<>(Kind.class);
    add(spoken, Kind.REGION, Regions.bundled().places().find(words));
    List<PhraseIndex.Found<String>> environments = Environments.bundled().phrases().find(words);
    add(spoken, Kind.ENVIRONMENT, environments);
    add(spoken, Kind.ENGINE, Engines.bundled().phrases().find(words));
    add(spoken, Kind.INSTANCE_PURPOSE, InstanceFamilies.bundled().phrases().find(words));
    String lower = query.toLowerCase(Locale.ROOT);
    addGroups(spoken, Kind.OWNER, OWNER.matcher(lower));
    Set<String> named = new LinkedHashSet<>();
    for (String word : Words.lower(query)) {
      if (word.length() >= 3 && !NOT_NAMES.contains(word)) {
        named.add(word);
      }
    }
    if (!named.isEmpty()) {
      spoken.put(Kind.TEAM, named);
      spoken.put(Kind.SERVICE, named);
    }
    List<SpokenFilter> filters = new ArrayList<>();
    spoken.forEach((kind, values) -> filters.add(new SpokenFilter(kind, values)));
    return new QueryUnderstanding(filters, lexical(query, words, environments));
  }

  /** The filters the query speaks, at most one per kind. */
  /**
   * Whether a spoken filter is judged on encrypted properties (engine, instance type): then the
   * re-ranked window must be read whole; otherwise its clear fields suffice.
   */
  public boolean needsProperties() {
    return filters.stream()
        .anyMatch(f -> f.kind() == Kind.ENGINE || f.kind() == Kind.INSTANCE_PURPOSE);
  }

  public List<SpokenFilter> filters() {
    return filters;
  }

  /**
   * The query for the lexical leg: environment phrases of several words joined into one ("pre-prod"
   * → preprod), as the resource text writes them, so that "pre-prod" does not match "prod".
   */
  public String lexicalQuery() {
    return lexicalQuery;
  }

  /**
   * The fused hits to re-rank: the first {@code limit} when the query speaks no filter; else the
   * first {@link #WINDOW} (at least {@code limit}) and every hit among the first {@link
   * #LIST_LEADERS} of a ranked list, in fused order.
   *
   * @param fused every fused hit, best first
   * @param ranked the lists that were fused (lexical, semantic…), each best first
   */
  public List<RankFusion.Ranked> window(
      List<RankFusion.Ranked> fused, List<List<String>> ranked, int limit) {
    if (filters.isEmpty()) {
      return fused.stream().limit(limit).toList();
    }
    Set<String> leaders = new HashSet<>();
    ranked.forEach(list -> leaders.addAll(list.subList(0, Math.min(LIST_LEADERS, list.size()))));
    int first = Math.max(limit, WINDOW);
    List<RankFusion.Ranked> window = new ArrayList<>();
    for (int i = 0; i < fused.size(); i++) {
      if (i < first || leaders.contains(fused.get(i).key())) {
        window.add(fused.get(i));
      }
    }
    return window;
  }

  /**
   * The fused hits with each fused (not exact or prefix) one boosted by the spoken filters it
   * meets, re-sorted, cut to the limit.
   *
   * @param resources the resource of a hit's key (every key of {@code fused})
   */
  public List<RankFusion.Ranked> rerank(
      List<RankFusion.Ranked> fused, Function<String, AwsResource> resources, int limit) {
    if (filters.isEmpty()) {
      return fused.stream().limit(limit).toList();
    }
    List<RankFusion.Ranked> out = new ArrayList<>(fused.size());
    for (RankFusion.Ranked hit : fused) {
      AwsResource resource = resources.apply(hit.key());
      long met =
          hit.match() != SearchHit.MatchKind.HYBRID || resource == null
              ? 0
              : filters.stream().filter(f -> f.matches(resource)).count();
      out.add(new RankFusion.Ranked(hit.key(), hit.score() + met * BOOST, hit.match()));
    }
    out.sort(Comparator.comparingDouble(RankFusion.Ranked::score).reversed());
    return out.stream().limit(limit).toList();
  }

  private static void add(
      Map<Kind, Set<String>> spoken, Kind kind, List<PhraseIndex.Found<String>> found) {
    for (PhraseIndex.Found<String> phrase : found) {
      spoken.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(phrase.values());
    }
  }

  private static void addGroups(Map<Kind, Set<String>> spoken, Kind kind, Matcher matcher) {
    while (matcher.find()) {
      for (int g = 1; g <= matcher.groupCount(); g++) {
        if (matcher.group(g) != null) {
          spoken.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(matcher.group(g));
        }
      }
    }
  }

  private static String lexical(
      String query, List<String> words, List<PhraseIndex.Found<String>> environments) {
    if (environments.stream().noneMatch(f -> f.to() - f.from() > 1)) {
      return query;
    }
    List<String> out = new ArrayList<>();
    int next = 0;
    for (PhraseIndex.Found<String> env : environments) {
      out.addAll(words.subList(next, env.from()));
      out.add(String.join("", words.subList(env.from(), env.to())));
      next = env.to();
    }
    out.addAll(words.subList(next, words.size()));
    return String.join(" ", out);
  }
}
