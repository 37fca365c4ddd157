/**
 * {@code cloudopsExecute}: runs a plan that {@code cloudopsAsk} proposed in the same build, after
 * the approvals its risk requires, given through Jenkins's built-in {@code input} step. The global
 * ({@link io.cloudops.jenkins.execute.CloudOpsExecuteVariable}) only asks; {@link
 * io.cloudops.jenkins.execute.ReviewPlanStep} and {@link io.cloudops.jenkins.execute.RunPlanStep}
 * count approvals from the build's flow graph with the core's approval policy, and the engine is
 * reached through {@link io.cloudops.jenkins.spi.PlanRunner}. See docs/design.md, "Approvals in
 * Jenkins".
 */
package io.cloudops.jenkins.execute;
