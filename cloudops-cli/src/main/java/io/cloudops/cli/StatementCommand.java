package io.cloudops.cli;

import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import io.cloudops.crypto.ssh.SshKeygen;
import io.cloudops.execute.PlanDocument;
import io.cloudops.execute.approval.signed.SignedStatement;
import io.cloudops.execute.approval.signed.Statement;
import io.cloudops.execute.approval.signed.StatementKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * What {@code approve} and {@code request} share: read the plan, sign a statement about its digest
 * with {@code ssh-keygen -Y sign}, write the file. Touches no data dir.
 */
abstract class StatementCommand extends BaseCommand {

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "FILE",
      description = "The plan, exactly as it will be executed.")
  Path planFile;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "KEY",
      description =
          "Your SSH key: a private key file, or the .pub file of a key held by ssh-agent.")
  Path key;

  @Option(
      names = "--principal",
      paramLabel = "NAME",
      description =
          "Who you are, as named in the allowed-signers file (default: the local user name).")
  String principal;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the signed file here (default: standard output).")
  Path output;

  /** What is signed. */
  abstract StatementKind kind();

  /** The one-line comment, or null. */
  String comment() {
    return null;
  }

  @Override
  protected int run(CliContext context) {
    PlanDocument plan = PlanDocument.read(planFile);
    Statement statement;
    try {
      statement =
          new Statement(kind(), plan.plan().digest(), principal(context), Instant.now(), comment());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
    SignedStatement signed = SignedStatement.sign(statement, key, new SshKeygen(context.env()));
    if (output == null) {
      context.out().print(signed.toJson());
      context.out().flush();
    } else {
      write(signed.toJson());
      context.progress(
          "wrote the signed "
              + kind().label()
              + " of plan "
              + statement.planDigest().substring(0, 12)
              + " by "
              + statement.principal()
              + " to "
              + output);
    }
    return ExitCodes.OK;
  }

  private String principal(CliContext context) {
    if (principal != null) {
      return principal.trim();
    }
    String user = context.env().get("USER");
    return user == null || user.isBlank() ? System.getProperty("user.name") : user;
  }

  private void write(String json) {
    try {
      Files.writeString(output, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CloudOpsException("cannot write " + output + ": " + e.getMessage(), e);
    }
  }
}
