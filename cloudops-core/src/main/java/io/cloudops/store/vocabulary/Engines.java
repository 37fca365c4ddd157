package io.cloudops.store.vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Database and cache engines ({@code engines.tsv}): the RDS engine {@code postgres} is PostgreSQL,
 * which people also call postgres or pg.
 */
public final class Engines {

  private static final Engines BUNDLED = new Engines(TsvTable.read("engines.tsv", 2));

  private final Map<String, String> nameOf = new HashMap<>();
  private final PhraseIndex<String> phrases = new PhraseIndex<>(false);

  private Engines(List<String[]> rows) {
    for (String[] row : rows) {
      List<String> names = TsvTable.list(row[1]);
      nameOf.put(row[0], names.get(0));
      names.forEach(name -> phrases.add(name, names.get(0)));
    }
  }

  public static Engines bundled() {
    return BUNDLED;
  }

  /** The product name of an engine value ({@code aurora-postgresql} → Aurora PostgreSQL). */
  public Optional<String> name(String engine) {
    return Optional.ofNullable(nameOf.get(engine.strip().toLowerCase(Locale.ROOT)));
  }

  /** Engine names as people say them, and the product name each stands for. */
  public PhraseIndex<String> phrases() {
    return phrases;
  }
}
