package io.cloudops.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.json.CanonicalJson;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the planning server proposes to run.
 *
 * @param steps in order
 * @param estimatedDuration seconds, when the server estimates it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExecutionPlan(List<PlannedStep> steps, Long estimatedDuration) {

  public ExecutionPlan {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /**
   * SHA-256 of the canonical plan JSON: what an approval is bound to. Any change to any step gives
   * a different digest.
   */
  public String digest() {
    return CanonicalJson.sha256(this);
  }

  /** Step ids that occur more than once, in order: a plan with any is refused everywhere. */
  public List<String> duplicateStepIds() {
    Set<String> seen = new HashSet<>();
    Set<String> duplicates = new LinkedHashSet<>();
    for (PlannedStep step : steps) {
      if (!seen.add(step.stepId())) {
        duplicates.add(step.stepId());
      }
    }
    return List.copyOf(duplicates);
  }

  /** The first 12 hex digits of {@link #digest()}, for people to type. */
  public String shortDigest() {
    return digest().substring(0, 12);
  }
}
