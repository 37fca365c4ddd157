package io.cloudops.cli;

import io.cloudops.execute.approval.signed.StatementKind;
import picocli.CommandLine.Command;

/** {@code cloudops request}: a signed request to run one plan, for {@code execute --request}. */
@Command(
    name = "request",
    sortOptions = false,
    description = {
      "Sign a request to run a plan with your SSH key (ssh-keygen -Y sign, namespace"
          + " cloudops-request).",
      "",
      "'cloudops execute --request FILE' takes the requester from it; an approval by the"
          + " requester never counts. Required when CLOUDOPS_REQUIRE_SIGNED_APPROVALS=true."
    })
final class RequestCommand extends StatementCommand {

  @Override
  StatementKind kind() {
    return StatementKind.REQUEST;
  }
}
