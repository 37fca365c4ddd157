package io.cloudops.jenkins;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Comma- or whitespace-separated step parameters (regions, services, accounts). */
public final class Lists {

  private Lists() {}

  /** The distinct non-blank entries, in order. */
  public static List<String> split(String text) {
    LinkedHashSet<String> values = new LinkedHashSet<>();
    if (text != null) {
      for (String part : text.split("[,\\s]+")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return List.copyOf(new ArrayList<>(values));
  }
}
