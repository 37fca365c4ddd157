package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How dangerous a plan or step is; ordered from least to most. */
public enum RiskLevel {
  /** Read-only operations. */
  @JsonProperty("Low")
  LOW,
  /** Changes to non-critical resources. */
  @JsonProperty("Medium")
  MEDIUM,
  /** Changes to production resources, permissions, deletions, scripts, anything unknown. */
  @JsonProperty("High")
  HIGH;

  /** The greater of two levels. */
  public RiskLevel max(RiskLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** One level up, saturating at {@link #HIGH}. */
  public RiskLevel raised() {
    return this == HIGH ? HIGH : values()[ordinal() + 1];
  }

  /** The wire name: Low, Medium or High. */
  public String label() {
    return switch (this) {
      case LOW -> "Low";
      case MEDIUM -> "Medium";
      case HIGH -> "High";
    };
  }
}
