package io.cloudops.console;

import io.cloudops.InvalidInputException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code GET /api/resources} asks for: free text, facet selections (values of one facet are
 * alternatives, facets must all match), tags that must all match, and a page.
 *
 * @param text the search text; blank lists the estate ordered by key
 */
public record ResourceQuery(
    String text,
    Map<Facet, Set<String>> selected,
    Map<String, String> tags,
    int offset,
    int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public ResourceQuery {
    text = text == null ? "" : text.strip();
    selected = Map.copyOf(selected);
    tags = Map.copyOf(tags);
    if (offset < 0) {
      throw new InvalidInputException("offset must not be negative, got " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
  }

  /**
   * Reads the query parameters {@code q, account, region, type, state, env, tag=K=V, offset,
   * limit}.
   */
  public static ResourceQuery parse(QueryParameters parameters) {
    Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<String> values = parameters.all(facet.parameter());
      if (!values.isEmpty()) {
        selected.put(facet, Set.copyOf(values));
      }
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (String tag : parameters.all("tag")) {
      int eq = tag.indexOf('=');
      if (eq < 1) {
        throw new InvalidInputException(
            "tag '" + tag + "' is not KEY=VALUE, e.g. tag=team=billing");
      }
      tags.put(tag.substring(0, eq), tag.substring(eq + 1));
    }
    return new ResourceQuery(
        parameters.first("q").orElse(""),
        selected,
        tags,
        parameters.integer("offset", 0),
        parameters.integer("limit", DEFAULT_LIMIT));
  }

  /** Whether a row has every tag the query asks for. */
  boolean tagsMatch(ResourceSummary row) {
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      if (!tag.getValue().equals(row.tags().get(tag.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
