package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;
import java.util.Set;

/**
 * Narrows a search or listing. Each field is a set of accepted values; an empty set accepts
 * everything. Tags must all match (key and value).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResourceFilter(
    Set<String> accountIds,
    Set<String> regions,
    Set<String> resourceTypes,
    Set<String> states,
    Map<String, String> tags) {

  private static final ResourceFilter ANY =
      new ResourceFilter(Set.of(), Set.of(), Set.of(), Set.of(), Map.of());

  public ResourceFilter {
    accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
    regions = regions == null ? Set.of() : Set.copyOf(regions);
    resourceTypes = resourceTypes == null ? Set.of() : Set.copyOf(resourceTypes);
    states = states == null ? Set.of() : Set.copyOf(states);
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  /** Accepts every resource. */
  public static ResourceFilter any() {
    return ANY;
  }

  public static ResourceFilter byAccount(String accountId) {
    return ANY.withAccountIds(Set.of(accountId));
  }

  public static ResourceFilter byRegion(String region) {
    return ANY.withRegions(Set.of(region));
  }

  public static ResourceFilter byType(String resourceType) {
    return ANY.withResourceTypes(Set.of(resourceType));
  }

  public ResourceFilter withAccountIds(Set<String> values) {
    return new ResourceFilter(values, regions, resourceTypes, states, tags);
  }

  public ResourceFilter withRegions(Set<String> values) {
    return new ResourceFilter(accountIds, values, resourceTypes, states, tags);
  }

  public ResourceFilter withResourceTypes(Set<String> values) {
    return new ResourceFilter(accountIds, regions, values, states, tags);
  }

  public ResourceFilter withStates(Set<String> values) {
    return new ResourceFilter(accountIds, regions, resourceTypes, values, tags);
  }

  public ResourceFilter withTags(Map<String, String> values) {
    return new ResourceFilter(accountIds, regions, resourceTypes, states, values);
  }

  /** Whether nothing is filtered. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return accountIds.isEmpty()
        && regions.isEmpty()
        && resourceTypes.isEmpty()
        && states.isEmpty()
        && tags.isEmpty();
  }

  /** Whether a resource passes this filter. */
  public boolean matches(AwsResource resource) {
    return accepts(accountIds, resource.accountId())
        && accepts(regions, resource.region())
        && accepts(resourceTypes, resource.resourceType())
        && accepts(states, resource.state())
        && tags.entrySet().stream()
            .allMatch(t -> t.getValue().equals(resource.tags().get(t.getKey())));
  }

  private static boolean accepts(Set<String> accepted, String value) {
    return accepted.isEmpty() || (value != null && accepted.contains(value));
  }
}
