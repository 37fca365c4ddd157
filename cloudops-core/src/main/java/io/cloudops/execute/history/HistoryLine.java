package io.cloudops.execute.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionStatus;
import java.time.Instant;

/**
 * One line of the history log. The clear fields are what queries need; {@code data} is the event's
 * content, AES-GCM encrypted.
 *
 * <p>Version 2 (now): {@code data} is on every line, and its associated data is the whole clear
 * line, so that an edited, moved or hand-written line fails authentication. Version 1 (before
 * 2026-12-01): {@code data} bound to the execution id only, absent on transitions without detail;
 * such lines are read only before the first version-2 line of a file.
 *
 * @param type {@code created}, {@code approvals}, {@code transition} or {@code step}
 * @param ownerStart when the owning process started (with the pid, identifies it)
 * @param kind on {@code created} lines: what was decided; null: an execution
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record HistoryLine(
    int v,
    String type,
    String id,
    Instant at,
    ExecutionStatus status,
    String contextId,
    String planDigest,
    String stepId,
    Long ownerPid,
    Instant ownerStart,
    DecisionKind kind,
    String data) {

  static final int VERSION = 2;
  static final int LEGACY_VERSION = 1;
  static final String CREATED = "created";
  static final String APPROVALS = "approvals";
  static final String TRANSITION = "transition";
  static final String STEP = "step";

  /** The same line with other data. */
  HistoryLine withData(String data) {
    return new HistoryLine(
        v, type, id, at, status, contextId, planDigest, stepId, ownerPid, ownerStart, kind, data);
  }
}
