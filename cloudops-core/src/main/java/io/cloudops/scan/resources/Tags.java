package io.cloudops.scan.resources;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Turns the many tag shapes of the SDK into one map. */
final class Tags {

  private Tags() {}

  static <T> Map<String, String> of(
      List<T> tags, Function<T, String> key, Function<T, String> value) {
    Map<String, String> map = new TreeMap<>();
    if (tags != null) {
      for (T tag : tags) {
        String k = key.apply(tag);
        if (k != null) {
          String v = value.apply(tag);
          map.put(k, v == null ? "" : v);
        }
      }
    }
    return map;
  }

  /** The Name tag, or the fallback when there is none. */
  static String name(Map<String, String> tags, String fallback) {
    String name = tags.get("Name");
    return name == null || name.isBlank() ? fallback : name;
  }
}
