package io.cloudops.execute;

import io.cloudops.execute.risk.StepRisk;
import io.cloudops.model.StepKind;
import java.util.List;

/**
 * What one step would run: its argv (secrets masked), targets, risk and reasons.
 *
 * @param argv the process argv, or {@code sdk <service> <Operation> <params>} for SDK calls
 * @param script a script step's whole text, secrets masked and control characters shown as {@code
 *     \\u001b}; null for other steps
 */
public record StepPreview(
    String stepId,
    StepKind kind,
    String description,
    List<String> argv,
    StepRisk risk,
    String script) {

  public StepPreview {
    argv = List.copyOf(argv);
  }
}
