package io.cloudops.execute.history;

import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionStatus;
import java.time.Instant;

/**
 * Which history records to list; null fields match everything.
 *
 * @param contextId only this conversation
 * @param status only records whose latest status is this
 * @param since only records created at or after this time
 * @param limit at most this many, newest first
 * @param kind only this kind of decision
 * @param planDigest only plans whose digest starts with this (a short digest works)
 */
public record HistoryQuery(
    String contextId,
    ExecutionStatus status,
    Instant since,
    int limit,
    DecisionKind kind,
    String planDigest) {

  public HistoryQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  /** A query of every kind and digest. */
  public HistoryQuery(String contextId, ExecutionStatus status, Instant since, int limit) {
    this(contextId, status, since, limit, null, null);
  }

  /** The newest {@code limit} records. */
  public static HistoryQuery latest(int limit) {
    return new HistoryQuery(null, null, null, limit);
  }

  boolean matches(HistoryEntry entry) {
    return (contextId == null || contextId.equals(entry.contextId()))
        && (status == null || status == entry.status())
        && (since == null || !entry.createdAt().isBefore(since))
        && (kind == null || kind == entry.kind())
        && (planDigest == null || entry.planDigest().startsWith(planDigest));
  }
}
