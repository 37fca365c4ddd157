package io.cloudops.store;

import io.cloudops.model.AwsResource;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a backend supplies to {@link HybridSearch}: its legs over one search's filter and one
 * consistent view of the store. Every list holds {@link AwsResource#key() resource keys}, best
 * first, and only resources that pass the filter; the order of the legs, the fusion, the window of
 * spoken filters and the re-rank belong to {@link HybridSearch}, not to the backend.
 *
 * <p>A backend without a leg (no lexical index, or no embedder for the semantic one) returns an
 * empty list there: the fusion then ranks by the other leg alone.
 */
public interface SearchLegs {

  /** How many stored resources pass the filter: none means no leg runs (nor the model loads). */
  long count();

  /**
   * The resources whose lower-cased id, ARN or name is one of the values.
   *
   * @param values the whole query and each of its words, lower-cased
   */
  List<String> exact(Set<String> values, int limit);

  /** The resources whose lower-cased id or ARN starts with the stem (a lower-cased id's start). */
  List<String> prefix(String stem, int limit);

  /** The lexical (BM25) ranking of the text; empty when the backend has no lexical index. */
  List<String> lexical(String text, int depth);

  /** The semantic (vector) ranking of the query; empty when the store has no embedder. */
  List<String> semantic(String query, int depth);

  /**
   * The resources of the keys with at least their clear fields (properties may be left empty,
   * nothing need be decrypted): enough to judge spoken places, environments, owners and teams.
   */
  Map<String, AwsResource> clear(List<String> keys);

  /** The whole resources of the keys (properties decrypted): what search returns. */
  Map<String, AwsResource> resources(List<String> keys);
}
