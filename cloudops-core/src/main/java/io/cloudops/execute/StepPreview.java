package io.cloudops.execute;

import io.cloudops.execute.risk.StepRisk;
import io.cloudops.model.StepKind;
import java.util.List;

/**
 * What one step would run: its argv (secrets masked), targets, risk and reasons.
 *
 * @param argv the process argv, or {@code sdk <service> <Operation> <params>} for SDK calls
 */
public record StepPreview(
    String stepId, StepKind kind, String description, List<String> argv, StepRisk risk) {

  public StepPreview {
    argv = List.copyOf(argv);
  }
}
