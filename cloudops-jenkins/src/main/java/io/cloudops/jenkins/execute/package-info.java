/**
 * {@code cloudopsExecute}: runs a plan that {@code cloudopsAsk} proposed in the same build, after
 * the approvals its risk requires. The gate is plain code ({@link
 * io.cloudops.jenkins.execute.ApprovalGate}); approvers decide through the build's POST-only {@link
 * io.cloudops.jenkins.execute.CloudOpsApprovalAction}; the engine is reached through {@link
 * io.cloudops.jenkins.spi.PlanRunner}. See docs/design.md, "Jenkins approval gate".
 */
package io.cloudops.jenkins.execute;
