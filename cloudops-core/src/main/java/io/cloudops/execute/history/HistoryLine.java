package io.cloudops.execute.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.cloudops.model.ExecutionStatus;
import java.time.Instant;

/**
 * One line of the history log (format version 1). The clear fields are what queries need; {@code
 * data} is the event's content, AES-GCM encrypted and bound to the execution id.
 *
 * @param type {@code created}, {@code approvals}, {@code transition} or {@code step}
 * @param ownerStart when the owning process started (with the pid, identifies it)
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
    String data) {

  static final int VERSION = 1;
  static final String CREATED = "created";
  static final String APPROVALS = "approvals";
  static final String TRANSITION = "transition";
  static final String STEP = "step";
}
