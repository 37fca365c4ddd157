package io.cloudops.store.vocabulary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Environments and their synonyms ({@code environments.tsv}): a tag value {@code prod}, {@code
 * live} or {@code production} is the environment "production".
 */
public final class Environments {

  private static final Environments BUNDLED =
      new Environments(TsvTable.read("environments.tsv", 2));

  private final Map<String, List<String>> words = new LinkedHashMap<>();
  private final Map<String, String> byWord = new HashMap<>();
  private final PhraseIndex<String> phrases = new PhraseIndex<>(false);

  private Environments(List<String[]> rows) {
    for (String[] row : rows) {
      List<String> synonyms = TsvTable.list(row[1]);
      words.put(row[0], synonyms);
      for (String word : synonyms) {
        byWord.put(key(word), row[0]);
        phrases.add(word, row[0]);
      }
    }
  }

  public static Environments bundled() {
    return BUNDLED;
  }

  /** The environment a tag value names, ignoring case, spaces and hyphens ({@code Pre-Prod}). */
  public Optional<String> of(String tagValue) {
    return Optional.ofNullable(byWord.get(key(tagValue)));
  }

  /** The words of an environment, itself first. */
  public List<String> words(String environment) {
    return words.getOrDefault(environment, List.of(environment));
  }

  /** Environment words and phrases ("pre-prod", "live") and the environment they name. */
  public PhraseIndex<String> phrases() {
    return phrases;
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
