package io.cloudops.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A neighbour in the relationship graph.
 *
 * @param relation the relation's name as the scanner recorded it (e.g. {@code vpc}, {@code subnet})
 * @param direction {@code out} when this resource names the neighbour, {@code in} when the
 *     neighbour names this resource
 * @param ref the id or ARN the relationship names
 * @param resource the neighbour, when it is in the estate
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelatedResource(
    String relation, String direction, String ref, ResourceSummary resource) {

  /** The neighbours of a resource: those it names, then those that name it. */
  public static List<RelatedResource> of(ResourceSummary subject, EstateIndex index) {
    List<RelatedResource> related = new ArrayList<>();
    subject
        .relationships()
        .forEach(
            (relation, refs) -> {
              for (String ref : refs) {
                related.add(
                    new RelatedResource(relation, "out", ref, index.find(ref).orElse(null)));
              }
            });
    for (ResourceSummary other : index.all()) {
      for (Map.Entry<String, List<String>> relation : other.relationships().entrySet()) {
        for (String ref : relation.getValue()) {
          if (ref.equals(subject.id()) || ref.equals(subject.arn())) {
            related.add(new RelatedResource(relation.getKey(), "in", other.key(), other));
          }
        }
      }
    }
    return related;
  }
}
