package io.cloudops.store.vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a word of a resource name or tag value means: an abbreviation spelled out ({@code
 * abbreviations.tsv}: {@code db} → database) or a well-known product or server role ({@code
 * products.tsv}: {@code jenkins} → CI build server).
 */
public final class Glossary {

  private static final Glossary BUNDLED =
      new Glossary(TsvTable.read("abbreviations.tsv", 2), TsvTable.read("products.tsv", 2));

  private final Map<String, String> meanings = new HashMap<>();

  private Glossary(List<String[]> abbreviations, List<String[]> products) {
    abbreviations.forEach(row -> meanings.put(row[0], row[1]));
    products.forEach(row -> meanings.put(row[0], row[1]));
  }

  public static Glossary bundled() {
    return BUNDLED;
  }

  /** The meaning of a word, ignoring case. */
  public Optional<String> meaning(String word) {
    return Optional.ofNullable(meanings.get(word.toLowerCase(Locale.ROOT)));
  }
}
