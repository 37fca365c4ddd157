package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.json.CanonicalJson;
import io.cloudops.json.Json;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One discovered AWS resource in the standard shape every scanner produces and every store keeps.
 *
 * @param id the resource's own id (e.g. {@code i-0abc...}, a bucket name, a role name)
 * @param arn its ARN, when AWS defines one
 * @param resourceType {@code service:type}, e.g. {@code ec2:instance}
 * @param service the AWS service, e.g. {@code ec2}
 * @param name the Name tag or the natural name
 * @param accountId the owning account
 * @param region the region, or {@code global} for global services
 * @param state the lifecycle state as AWS reports it (e.g. {@code running}), when it has one
 * @param tags the resource's tags
 * @param properties type-specific metadata
 * @param relationships name of the relation (e.g. {@code vpc}) to the related ids or ARNs
 * @param createdAt when AWS says it was created, when known
 * @param lastScanned when a scan last saw it
 * @param contentHash SHA-256 over everything but {@code last_scanned} and itself
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwsResource(
    String id,
    String arn,
    String resourceType,
    String service,
    String name,
    String accountId,
    String region,
    String state,
    Map<String, String> tags,
    ObjectNode properties,
    Map<String, List<String>> relationships,
    Instant createdAt,
    Instant lastScanned,
    String contentHash) {

  /** The region recorded for resources of global services (IAM, S3's bucket list). */
  public static final String GLOBAL_REGION = "global";

  public AwsResource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resourceType, "resource_type");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(accountId, "account_id");
    Objects.requireNonNull(region, "region");
    tags = tags == null ? Map.of() : immutableSorted(tags);
    properties = properties == null ? JsonNodeFactory.instance.objectNode() : properties.deepCopy();
    relationships = relationships == null ? Map.of() : immutableRelationships(relationships);
    if (contentHash == null) {
      contentHash =
          computeContentHash(
              id,
              arn,
              resourceType,
              service,
              name,
              accountId,
              region,
              state,
              tags,
              properties,
              relationships,
              createdAt);
    }
  }

  /** A copy of the type-specific metadata; the record itself stays immutable. */
  @Override
  public ObjectNode properties() {
    return properties.deepCopy();
  }

  /** The same resource seen by a scan at the given time. */
  public AwsResource withLastScanned(Instant when) {
    return toBuilder().lastScanned(when).build();
  }

  /** Whether the content (not the scan time) differs from another version of this resource. */
  public boolean contentDiffers(AwsResource other) {
    return !contentHash.equals(other.contentHash);
  }

  /** The id stores key on: the ARN where there is one, else {@code account/region/type/id}. */
  public String key() {
    return arn != null ? arn : accountId + "/" + region + "/" + resourceType + "/" + id;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .arn(arn)
        .resourceType(resourceType)
        .service(service)
        .name(name)
        .accountId(accountId)
        .region(region)
        .state(state)
        .tags(tags)
        .properties(properties)
        .relationships(relationships)
        .createdAt(createdAt)
        .lastScanned(lastScanned);
  }

  private static String computeContentHash(
      String id,
      String arn,
      String resourceType,
      String service,
      String name,
      String accountId,
      String region,
      String state,
      Map<String, String> tags,
      ObjectNode properties,
      Map<String, List<String>> relationships,
      Instant createdAt) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("id", id);
    content.put("arn", arn);
    content.put("resource_type", resourceType);
    content.put("service", service);
    content.put("name", name);
    content.put("account_id", accountId);
    content.put("region", region);
    content.put("state", state);
    content.put("tags", tags);
    content.put("properties", properties);
    content.put("relationships", relationships);
    content.put("created_at", createdAt == null ? null : createdAt.toString());
    return CanonicalJson.sha256(content);
  }

  private static Map<String, String> immutableSorted(Map<String, String> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }

  private static Map<String, List<String>> immutableRelationships(Map<String, List<String>> map) {
    Map<String, List<String>> copy = new TreeMap<>();
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** Builds resources field by field; the content hash is computed on {@link #build()}. */
  public static final class Builder {
    private String id;
    private String arn;
    private String resourceType;
    private String service;
    private String name;
    private String accountId;
    private String region;
    private String state;
    private Map<String, String> tags = new TreeMap<>();
    private ObjectNode properties = JsonNodeFactory.instance.objectNode();
    private Map<String, List<String>> relationships = new TreeMap<>();
    private Instant createdAt;
    private Instant lastScanned;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder arn(String arn) {
      this.arn = arn;
      return this;
    }

    public Builder resourceType(String resourceType) {
      this.resourceType = resourceType;
      return this;
    }

    public Builder service(String service) {
      this.service = service;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder state(String state) {
      this.state = state;
      return this;
    }

    public Builder tags(Map<String, String> tags) {
      this.tags = new TreeMap<>(tags);
      return this;
    }

    public Builder tag(String key, String value) {
      this.tags.put(key, value == null ? "" : value);
      return this;
    }

    public Builder properties(ObjectNode properties) {
      this.properties = properties.deepCopy();
      return this;
    }

    /** Sets one property; a null value is left out. */
    public Builder property(String key, Object value) {
      if (value != null) {
        properties.set(key, Json.tree(value));
      }
      return this;
    }

    public Builder relationships(Map<String, List<String>> relationships) {
      this.relationships = new TreeMap<>(relationships);
      return this;
    }

    /** Adds related ids under a relation name; nulls and blanks are dropped. */
    public Builder relate(String relation, Collection<String> ids) {
      List<String> clean = ids.stream().filter(s -> s != null && !s.isBlank()).toList();
      if (!clean.isEmpty()) {
        relationships.merge(
            relation, clean, (a, b) -> Stream.concat(a.stream(), b.stream()).distinct().toList());
      }
      return this;
    }

    public Builder relate(String relation, String id) {
      return id == null ? this : relate(relation, List.of(id));
    }

    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public Builder lastScanned(Instant lastScanned) {
      this.lastScanned = lastScanned;
      return this;
    }

    public AwsResource build() {
      return new AwsResource(
          id,
          arn,
          resourceType,
          service,
          name,
          accountId,
          region,
          state,
          tags,
          properties,
          relationships,
          createdAt,
          lastScanned,
          null);
    }
  }
}
