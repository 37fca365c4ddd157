package io.cloudops.execute.history;

import io.cloudops.model.ExecutionStatus;
import java.time.Instant;

/**
 * Which executions to list; null fields match everything.
 *
 * @param contextId only this conversation
 * @param status only executions whose latest status is this
 * @param since only executions created at or after this time
 * @param limit at most this many, newest first
 */
public record HistoryQuery(String contextId, ExecutionStatus status, Instant since, int limit) {

  public HistoryQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  /** The newest {@code limit} executions. */
  public static HistoryQuery latest(int limit) {
    return new HistoryQuery(null, null, null, limit);
  }
}
