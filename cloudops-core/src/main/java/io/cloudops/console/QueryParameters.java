package io.cloudops.console;

import io.cloudops.InvalidInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The decoded parameters of a request's query string; blank values count as absent. */
public final class QueryParameters {

  private final Map<String, List<String>> values;

  private QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  public static QueryParameters of(Map<String, List<String>> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach(
        (name, list) -> copy.put(name, list.stream().filter(v -> !v.isBlank()).toList()));
    return new QueryParameters(copy);
  }

  /** Parses a raw query string ({@code a=1&b=x%20y}); null or empty gives no parameters. */
  public static QueryParameters parse(String rawQuery) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return of(values);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("the query string is not URL-encoded: " + e.getMessage(), e);
    }
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  public Optional<String> first(String name) {
    return all(name).stream().findFirst();
  }

  public int integer(String name, int fallback) {
    Optional<String> text = first(name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.get());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          name + " must be a whole number, got '" + text.get() + "'", e);
    }
  }
}
