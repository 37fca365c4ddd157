package io.cloudops.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.text.UntrustedText;
import java.util.List;
import java.util.Objects;

/** A risk level with the reasons for it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RiskAssessment(RiskLevel level, String summary, List<String> reasons) {

  public RiskAssessment {
    Objects.requireNonNull(level, "level");
    summary = summary == null ? "" : UntrustedText.strip(summary);
    reasons = reasons == null ? List.of() : reasons.stream().map(UntrustedText::strip).toList();
  }
}
