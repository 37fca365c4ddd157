/**
 * The execution engine: a risk gate the planning server cannot talk down, approvals bound to the
 * plan's digest, the AWS CLI / SDK / script executors and the durable history.
 */
package io.cloudops.execute;
