package io.cloudops.store.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of one or more words, each standing for some values (a place for its regions, a synonym
 * for its environment), found in a text longest first: "South America" is not also "America".
 * Phrases are compared ignoring case; in an index that keeps capitals, a phrase written in capitals
 * (US, UK) matches only in capitals, so that the word "us" is not the United States.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

  /** A phrase found in a text: its words' positions and what it stands for. */
  public record Found<T>(int from, int to, String phrase, Set<T> values) {}

  private record Entry<T>(List<String> written, boolean capitals, Set<T> values) {}

  private final Map<List<String>, Entry<T>> phrases = new HashMap<>();
  private final boolean keepCapitals;
  private int longest;

  /**
   * An empty index.
   *
   * @param keepCapitals whether phrases written in capitals match only in capitals
   */
  PhraseIndex(boolean keepCapitals) {
    this.keepCapitals = keepCapitals;
  }

  /** Adds a phrase standing for a value (a phrase may stand for several). */
  void add(String phrase, T value) {
    List<String> written = Words.of(phrase);
    if (written.isEmpty()) {
      return;
    }
    boolean capitals =
        keepCapitals && written.stream().allMatch(w -> w.length() > 1 && w.equals(upper(w)));
    phrases
        .computeIfAbsent(
            written.stream().map(PhraseIndex::lower).toList(),
            k -> new Entry<>(written, capitals, new LinkedHashSet<>()))
        .values()
        .add(value);
    longest = Math.max(longest, written.size());
  }

  /** The phrases in a text's words, left to right, each word in at most one phrase. */
  public List<Found<T>> find(List<String> words) {
    List<String> lower = words.stream().map(PhraseIndex::lower).toList();
    List<Found<T>> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
        Entry<T> entry = phrases.get(lower.subList(i, i + n));
        if (entry != null
            && (!entry.capitals() || entry.written().equals(words.subList(i, i + n)))) {
          found.add(
              new Found<>(i, i + n, String.join(" ", lower.subList(i, i + n)), entry.values()));
          matched = n;
        }
      }
      i += Math.max(matched, 1);
    }
    return found;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static String upper(String word) {
    return word.toUpperCase(Locale.ROOT);
  }
}
