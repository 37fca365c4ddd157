package io.cloudops.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.model.AwsResource;
import io.cloudops.store.vocabulary.Engines;
import io.cloudops.store.vocabulary.Environments;
import io.cloudops.store.vocabulary.InstanceFamilies;
import io.cloudops.store.vocabulary.TagRoles;
import io.cloudops.store.vocabulary.TagRoles.Role;
import io.cloudops.store.vocabulary.Words;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A filter a query says in words ("in Frankfurt", "in production", "owned by dave", "postgres"),
 * and whether a resource meets it. Search uses it as a boost, never to hide a resource.
 *
 * @param values what the query named, in the form of {@link Kind}: region codes, environments,
 *     lower-case words of an owner, team or service, engine names, instance purposes
 */
public record SpokenFilter(Kind kind, Set<String> values) {

  /** What a query can name. */
  public enum Kind {
    REGION,
    ENVIRONMENT,
    OWNER,
    TEAM,
    SERVICE,
    ENGINE,
    INSTANCE_PURPOSE
  }

  public SpokenFilter {
    values = Set.copyOf(values);
  }

  /** Whether the resource is what the query named. */
  public boolean matches(AwsResource resource) {
    return switch (kind) {
      case REGION -> values.contains(resource.region());
      case ENVIRONMENT ->
          tagsOf(resource, Role.ENVIRONMENT).stream()
              .anyMatch(v -> Environments.bundled().of(v).filter(values::contains).isPresent());
      case OWNER ->
          tagsOf(resource, Role.OWNER).stream()
              .anyMatch(v -> Words.lower(TagText.person(v)).stream().anyMatch(values::contains));
      case TEAM -> tagWordsMatch(resource, Role.TEAM);
      case SERVICE -> tagWordsMatch(resource, Role.SERVICE);
      case ENGINE ->
          property(resource, "engine")
              .flatMap(engine -> Engines.bundled().name(engine).stream())
              .anyMatch(values::contains);
      case INSTANCE_PURPOSE ->
          Stream.of("instance_type", "db_instance_class", "instance_class")
              .flatMap(key -> property(resource, key))
              .flatMap(type -> InstanceFamilies.bundled().purposes(type).stream())
              .anyMatch(purpose -> values.contains(purpose.toLowerCase(Locale.ROOT)));
    };
  }

  private boolean tagWordsMatch(AwsResource resource, Role role) {
    return tagsOf(resource, role).stream()
        .anyMatch(v -> Words.lower(v).stream().anyMatch(values::contains));
  }

  private static List<String> tagsOf(AwsResource resource, Role role) {
    return resource.tags().entrySet().stream()
        .filter(tag -> TagRoles.bundled().of(tag.getKey()).filter(role::equals).isPresent())
        .map(Map.Entry::getValue)
        .toList();
  }

  private static Stream<String> property(AwsResource resource, String key) {
    JsonNode value = resource.properties() == null ? null : resource.properties().get(key);
    return value != null && value.isValueNode() ? Stream.of(value.asText()) : Stream.empty();
  }
}
