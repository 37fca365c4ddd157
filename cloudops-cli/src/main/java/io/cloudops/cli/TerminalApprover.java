package io.cloudops.cli;

import io.cloudops.execute.approval.ApprovalFunction;
import io.cloudops.execute.approval.ApprovalRequest;
import io.cloudops.model.Approval;
import java.io.Console;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks at the terminal: for each approver the policy needs, their name and the plan's short digest
 * typed back. A wrong digest or an empty name denies.
 */
final class TerminalApprover implements ApprovalFunction {

  private final Console console;
  private final List<String> knownApprovers;

  TerminalApprover(Console console, List<String> knownApprovers) {
    this.console = console;
    this.knownApprovers = List.copyOf(knownApprovers);
  }

  @Override
  public List<Approval> approve(ApprovalRequest request) {
    List<Approval> approvals = new ArrayList<>();
    for (int i = 0; i < request.requiredApprovers(); i++) {
      String name =
          i < knownApprovers.size()
              ? knownApprovers.get(i)
              : console.readLine(
                  "approver %d of %d (not %s), your name: ",
                  i + 1, request.requiredApprovers(), request.requestedBy());
      if (name == null || name.isBlank()) {
        return List.of();
      }
      String typed =
          console.readLine(
              "%s, type the plan's short digest %s to approve it: ",
              name.trim(), request.shortDigest());
      if (typed == null || !typed.trim().equals(request.shortDigest())) {
        return List.of();
      }
      approvals.add(
          new Approval(request.digest(), name.trim(), Instant.now(), "approved at the terminal"));
    }
    return approvals;
  }
}
