package io.cloudops.store;

import io.cloudops.model.AwsResource;
import java.util.Objects;

/**
 * One search result.
 *
 * @param score higher is better; exact matches score above prefix matches, which score above every
 *     fused match
 * @param match how it matched
 */
public record SearchHit(AwsResource resource, double score, MatchKind match) {

  /** How a hit matched the query. */
  public enum MatchKind {
    /** The query (or a word of it) is the resource's id, ARN or name. */
    EXACT,
    /** The query is the start of the resource's id or ARN (e.g. {@code i-0abc}). */
    PREFIX,
    /** Lexical and/or semantic similarity. */
    HYBRID
  }

  public SearchHit {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(match, "match");
  }
}
