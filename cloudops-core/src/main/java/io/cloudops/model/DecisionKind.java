package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;

/** What the history records about a plan: it ran, was dry-run, refused, or stopped for approval. */
public enum DecisionKind {
  /** The plan ran (or started, and how it ended follows). */
  @JsonProperty("execution")
  EXECUTION,
  /** A dry run: shown, nothing changed. */
  @JsonProperty("dry_run")
  DRY_RUN,
  /** Approvals were given but do not satisfy the policy (their reasons are recorded). */
  @JsonProperty("refused")
  REFUSED,
  /** No approval was given for a plan that needs some; nothing ran. */
  @JsonProperty("approval_required")
  APPROVAL_REQUIRED;

  /** {@code execution}, {@code dry_run}, {@code refused} or {@code approval_required}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a label; {@code -} and case are ignored ({@code dry-run}, {@code Refused}). */
  public static Optional<DecisionKind> parse(String text) {
    String wanted = text.trim().replace('-', '_').toLowerCase(Locale.ROOT);
    for (DecisionKind kind : values()) {
      if (kind.label().equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
