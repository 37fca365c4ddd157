package io.cloudops.store;

import io.cloudops.model.AwsResource;
import java.util.Objects;

/**
 * One search result.
 *
 * @param score higher is better; exact matches score above every fused match
 * @param match how it matched
 */
public record SearchHit(AwsResource resource, double score, MatchKind match) {

  /** How a hit matched the query. */
  public enum MatchKind {
    /** The query is the resource's id, ARN or name. */
    EXACT,
    /** Lexical and/or semantic similarity. */
    HYBRID
  }

  public SearchHit {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(match, "match");
  }
}
