package io.cloudops.cli;

import io.cloudops.execute.approval.signed.StatementKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cloudops approve}: a signed approval of one plan, for {@code execute --approval}. */
@Command(
    name = "approve",
    sortOptions = false,
    description = {
      "Sign an approval of a plan with your SSH key (ssh-keygen -Y sign, namespace"
          + " cloudops-approval).",
      "",
      "The approval names the plan's digest, you and the time; 'cloudops execute --approval FILE'"
          + " counts it when the signature verifies against the allowed signers. It expires an"
          + " hour after it was made. Check it by hand: jq -j .message FILE | ssh-keygen -Y verify"
          + " -f ALLOWED_SIGNERS -I PRINCIPAL -n cloudops-approval -s <(jq -r .signature FILE)"
    })
final class ApproveCommand extends StatementCommand {

  @Option(names = "--comment", paramLabel = "TEXT", description = "One line kept with it.")
  String comment;

  @Override
  StatementKind kind() {
    return StatementKind.APPROVAL;
  }

  @Override
  String comment() {
    return comment;
  }
}
