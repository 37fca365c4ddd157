/**
 * Approvals bound to a plan's digest, checked against a per-level policy (who may approve, how many
 * distinct approvers, expiry; never the requester).
 */
package io.cloudops.execute.approval;
