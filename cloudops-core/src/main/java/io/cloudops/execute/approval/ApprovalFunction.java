package io.cloudops.execute.approval;

import io.cloudops.model.Approval;
import java.util.List;

/**
 * Asks people to approve a plan (a terminal prompt, a Jenkins input step) and returns the approvals
 * given; an empty list denies. The engine still checks every approval against the policy.
 */
@FunctionalInterface
public interface ApprovalFunction {

  List<Approval> approve(ApprovalRequest request);
}
