package io.cloudops.execute.risk;

import io.cloudops.CloudOpsException;
import java.util.Map;
import java.util.Optional;

/**
 * What the caller knows about resources a plan targets: their tags, by id or ARN. The estate store
 * provides this once a scan has run; without one, nothing is known and no production rule matches.
 */
@FunctionalInterface
public interface ResourceLookup {

  /** The tags of the resource with this id or ARN, if the resource is known. */
  Optional<Map<String, String>> tagsOf(String resourceIdOrArn);

  /**
   * The estate exists but cannot be read (a wrong key, a damaged store): every look-up fails, and
   * the risk assessor treats every target as production rather than dropping the rule.
   */
  static ResourceLookup unreadable(String why) {
    return id -> {
      throw new CloudOpsException("the estate cannot be read: " + why);
    };
  }

  /** Knows nothing. */
  static ResourceLookup none() {
    return id -> Optional.empty();
  }

  /** Knows exactly these resources (id or ARN → tags). */
  static ResourceLookup of(Map<String, Map<String, String>> tagsById) {
    Map<String, Map<String, String>> copy = Map.copyOf(tagsById);
    return id -> Optional.ofNullable(copy.get(id));
  }
}
