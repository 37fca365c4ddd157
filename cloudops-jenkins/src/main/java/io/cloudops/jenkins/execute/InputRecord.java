package io.cloudops.jenkins.execute;

/**
 * What Jenkins itself wrote on one {@code input} node of the build: the arguments workflow-cps
 * stored (a value or an {@code ArgumentsAction.NotStoredReason}), who proceeded and when.
 *
 * @param nodeId the flow node's id, unique within the build
 * @param id the stored {@code id} argument (a String, a not-stored reason, or null)
 * @param message the stored {@code message} argument (likewise)
 * @param submitted whether someone proceeded ({@code InputSubmittedAction} present)
 * @param approver the proceeding user's id, null when anonymous or not submitted
 * @param endedAtMillis when the pause ended (0 when unknown)
 * @param failed whether the node ended with an error
 */
record InputRecord(
    String nodeId,
    Object id,
    Object message,
    boolean submitted,
    String approver,
    long endedAtMillis,
    boolean failed) {}
