package io.cloudops.console;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.model.AwsResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One row of the resource explorer: a resource without its properties, small enough to keep an
 * estate of 100,000 in memory for facets and paging.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceSummary(
    String key,
    String id,
    String arn,
    String name,
    String resourceType,
    String accountId,
    String region,
    String state,
    Map<String, String> tags,
    @JsonIgnore Map<String, List<String>> relationships,
    Instant lastScanned) {

  public static ResourceSummary of(AwsResource resource) {
    return new ResourceSummary(
        resource.key(),
        resource.id(),
        resource.arn(),
        resource.name(),
        resource.resourceType(),
        resource.accountId(),
        resource.region(),
        resource.state(),
        resource.tags(),
        resource.relationships(),
        resource.lastScanned());
  }

  /** The value of a facet for this row, or null when it has none. */
  String value(Facet facet) {
    return switch (facet) {
      case ACCOUNT -> accountId;
      case REGION -> region;
      case TYPE -> resourceType;
      case STATE -> state;
      case ENV -> tags.get("env");
    };
  }
}
