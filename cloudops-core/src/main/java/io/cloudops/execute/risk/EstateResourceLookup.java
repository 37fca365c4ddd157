package io.cloudops.execute.risk;

import io.cloudops.model.AwsResource;
import io.cloudops.store.EstateStore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Looks resources up in the estate store (by key, ARN or id) for the production rule. */
public final class EstateResourceLookup implements ResourceLookup {

  private final EstateStore store;

  public EstateResourceLookup(EstateStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<Map<String, String>> tagsOf(String resourceIdOrArn) {
    return store.get(resourceIdOrArn).map(AwsResource::tags);
  }
}
