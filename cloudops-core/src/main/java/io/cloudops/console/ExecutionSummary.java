package io.cloudops.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.model.Approval;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionOrigin;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One row of the execution monitor. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionSummary(
    String id,
    DecisionKind kind,
    ExecutionStatus status,
    RiskLevel risk,
    String requestedBy,
    List<String> approvers,
    String contextId,
    int steps,
    Instant startedAt,
    Long durationMs,
    ExecutionOrigin origin) {

  public static ExecutionSummary of(ExecutionRecord record) {
    Instant started = record.transitions().get(0).at();
    Instant ended =
        record.status().isTerminal()
            ? record.transitions().get(record.transitions().size() - 1).at()
            : null;
    return new ExecutionSummary(
        record.id(),
        record.kind() == null ? DecisionKind.EXECUTION : record.kind(),
        record.status(),
        record.risk().level(),
        record.requestedBy(),
        record.approvals().stream().map(Approval::approver).toList(),
        record.contextId(),
        record.plan().steps().size(),
        started,
        ended == null ? null : Duration.between(started, ended).toMillis(),
        record.origin());
  }
}
