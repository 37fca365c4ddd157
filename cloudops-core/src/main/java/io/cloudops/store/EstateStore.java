package io.cloudops.store;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * changed. A scanner calls it once per streamed page.
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

  /** Every stored resource that passes the filter, ordered by key. */
  List<AwsResource> list(ResourceFilter filter);

  default List<AwsResource> byAccount(String accountId) {
    return list(ResourceFilter.byAccount(accountId));
  }

  default List<AwsResource> byRegion(String region) {
    return list(ResourceFilter.byRegion(region));
  }

  /** How many resources are stored. */
  default long count() {
    return count(ResourceFilter.any());
  }

  /** How many stored resources pass the filter. */
  long count(ResourceFilter filter);

  /**
   * The keys of the stored resources that pass the filter, ordered. A scan of one (account, region,
   * service) slice lists the keys it owns, and tombstones those it no longer saw.
   */
  List<String> keys(ResourceFilter filter);

  /**
   * The content hash of every stored resource that passes the filter, by key: what a scan compares
   * a slice against. Backends may answer without decrypting or parsing the resources.
   */
  default Map<String, String> contentHashes(ResourceFilter filter) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (AwsResource resource : list(filter)) {
      hashes.put(resource.key(), resource.contentHash());
    }
    return hashes;
  }

  /** Removes one resource (a tombstone after a clean scan no longer saw it). */
  boolean delete(String key);

  /**
   * Removes many resources in one commit.
   *
   * @return how many were stored and are now gone
   */
  int deleteAll(Collection<String> keys);

  /** Closes the store; committed data is durable. */
  @Override
  void close();
}
