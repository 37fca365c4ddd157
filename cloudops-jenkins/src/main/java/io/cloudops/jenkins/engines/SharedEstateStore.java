package io.cloudops.jenkins.engines;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.SearchHit;
import io.cloudops.store.UpsertSummary;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A step's view of a shared estate store: closing it releases the step's hold, not the store. */
final class SharedEstateStore implements EstateStore {
  private final EstateStore store;
  private final Runnable release;

  SharedEstateStore(EstateStore store, Runnable release) {
    this.store = store;
    this.release = release;
  }

  @Override
  public void upsert(AwsResource resource) {
    store.upsert(resource);
  }

  @Override
  public UpsertSummary bulkUpsert(Iterable<AwsResource> resources) {
    return store.bulkUpsert(resources);
  }

  @Override
  public List<SearchHit> search(String query, ResourceFilter filter, int limit) {
    return store.search(query, filter, limit);
  }

  @Override
  public Optional<AwsResource> get(String keyArnOrId) {
    return store.get(keyArnOrId);
  }

  @Override
  public List<AwsResource> list(ResourceFilter filter) {
    return store.list(filter);
  }

  @Override
  public long count(ResourceFilter filter) {
    return store.count(filter);
  }

  @Override
  public List<String> keys(ResourceFilter filter) {
    return store.keys(filter);
  }

  @Override
  public boolean delete(String key) {
    return store.delete(key);
  }

  @Override
  public int deleteAll(Collection<String> keys) {
    return store.deleteAll(keys);
  }

  @Override
  public void close() {
    release.run();
  }
}
