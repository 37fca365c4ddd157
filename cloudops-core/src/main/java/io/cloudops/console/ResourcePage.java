package io.cloudops.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/resources}.
 *
 * @param total how many resources match (before paging)
 * @param facets per facet (in {@link Facet} order), each value's count among the resources that
 *     match every other selection
 */
public record ResourcePage(
    List<ResourceSummary> results, long total, Map<String, Map<String, Long>> facets) {

  public ResourcePage {
    results = List.copyOf(results);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
