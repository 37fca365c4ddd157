package io.cloudops.jenkins;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Comma- or whitespace-separated Jenkins user ids, as typed in the configuration. */
public final class UserIds {

  private UserIds() {}

  /** The distinct ids, in the order given; blank entries are dropped. */
  public static Set<String> parse(String text) {
    Set<String> ids = new LinkedHashSet<>();
    if (text != null) {
      for (String part : text.split("[,\\s]+")) {
        if (!part.isBlank()) {
          ids.add(part.strip());
        }
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /** A problem with the text, or null when every id is plausible. */
  public static String problem(String text) {
    for (String id : parse(text)) {
      if (id.chars().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>' || c == '"')) {
        return "'" + id + "' is not a Jenkins user id; separate user ids with commas";
      }
    }
    return null;
  }
}
