package io.cloudops.store.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Text split into words the way documents and queries are matched: letters and digits only. */
public final class Words {

  private Words() {}

  /** The words of a text, as written (e.g. {@code "pre-prod US"} → pre, prod, US). */
  public static List<String> of(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  /** The words of a text, lower case. */
  public static List<String> lower(String text) {
    return of(text.toLowerCase(Locale.ROOT));
  }
}
