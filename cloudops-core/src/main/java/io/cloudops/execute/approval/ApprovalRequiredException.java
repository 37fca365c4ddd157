package io.cloudops.execute.approval;

import io.cloudops.CloudOpsException;
import io.cloudops.model.RiskLevel;
import java.util.List;

/**
 * A plan needs approvals it does not have; nothing ran. The message is {@code approval required:
 * <level>: <reasons>}, followed by what is missing.
 */
public final class ApprovalRequiredException extends CloudOpsException {

  private static final long serialVersionUID = 1L;

  private final RiskLevel level;
  private final transient List<String> reasons;
  private final transient List<String> problems;

  public ApprovalRequiredException(RiskLevel level, List<String> reasons, List<String> problems) {
    super(
        "approval required: "
            + level.label()
            + ": "
            + String.join("; ", reasons)
            + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")"));
    this.level = level;
    this.reasons = List.copyOf(reasons);
    this.problems = List.copyOf(problems);
  }

  public RiskLevel level() {
    return level;
  }

  /** Why the plan has its level. */
  public List<String> reasons() {
    return reasons;
  }

  /** What is missing or was not counted. */
  public List<String> problems() {
    return problems;
  }
}
