package io.cloudops.store;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import java.util.List;
import java.util.Optional;

/**
 * Where the estate is kept, with hybrid (exact + semantic) search. Every backend (embedded, Qdrant)
 * passes the same contract test suite. Resources are keyed by {@link AwsResource#key()}.
 */
public interface EstateStore extends AutoCloseable {

  /** Inserts or replaces one resource. */
  void upsert(AwsResource resource);

  /**
   * Inserts or replaces many resources in one commit; re-embeds only those whose content hash
   * changed.
   *
   * @return how many were added, changed and unchanged
   */
  UpsertSummary bulkUpsert(Iterable<AwsResource> resources);

  /**
   * Hybrid search: exact id, ARN and name matches first, then lexical and semantic matches fused.
   *
   * @param limit at most this many hits
   */
  List<SearchHit> search(String query, ResourceFilter filter, int limit);

  /** The resource with this key, ARN or id, if stored. */
  Optional<AwsResource> get(String keyArnOrId);

  /** Every stored resource that passes the filter. */
  List<AwsResource> list(ResourceFilter filter);

  default List<AwsResource> byAccount(String accountId) {
    return list(ResourceFilter.byAccount(accountId));
  }

  default List<AwsResource> byRegion(String region) {
    return list(ResourceFilter.byRegion(region));
  }

  /** How many resources are stored. */
  long count();

  /** Removes one resource (a tombstone after a clean scan no longer saw it). */
  boolean delete(String key);

  /** Closes the store; committed data is durable. */
  @Override
  void close();
}
