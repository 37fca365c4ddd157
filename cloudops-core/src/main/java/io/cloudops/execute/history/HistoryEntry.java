package io.cloudops.execute.history;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionStatus;
import java.time.Instant;

/**
 * The clear-text index of one execution: what queries filter on, readable without the key.
 *
 * @param ownerPid the process that ran it, to tell an interrupted run from a running one
 * @param kind what was decided
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HistoryEntry(
    String id,
    String contextId,
    String planDigest,
    ExecutionStatus status,
    Instant createdAt,
    Instant updatedAt,
    long ownerPid,
    DecisionKind kind) {}
