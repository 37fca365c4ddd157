package io.cloudops.execute.approval.signed;

import io.cloudops.crypto.ssh.AllowedSigners;
import io.cloudops.crypto.ssh.SshSignature;
import io.cloudops.crypto.ssh.SshSignatureException;
import io.cloudops.model.Approval;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks signed statements against an allowed-signers file, as {@code ssh-keygen -Y verify -f FILE
 * -I PRINCIPAL -n NAMESPACE} would: the signature is valid, made in the namespace of the
 * statement's kind, by a key the file allows for the principal the statement names, now.
 */
public final class StatementVerifier {

  private final AllowedSigners signers;
  private final Clock clock;

  public StatementVerifier(AllowedSigners signers, Clock clock) {
    this.signers = Objects.requireNonNull(signers, "signers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A statement whose signature verified, and the fingerprint of the key that made it. */
  public record Verified(Statement statement, String keyFingerprint) {}

  /**
   * Verifies one statement.
   *
   * @throws RejectedStatementException saying why it does not count
   */
  public Verified verify(SignedStatement signed, StatementKind expected) {
    SshSignature signature;
    try {
      signature = SshSignature.parse(signed.signature());
    } catch (SshSignatureException e) {
      throw new RejectedStatementException(e.getMessage());
    }
    if (!signature.namespace().equals(expected.namespace())) {
      throw new RejectedStatementException(
          "signed in namespace '"
              + signature.namespace()
              + "', not '"
              + expected.namespace()
              + "' (sign with ssh-keygen -Y sign -n "
              + expected.namespace()
              + ")");
    }
    byte[] message = signed.message().getBytes(StandardCharsets.UTF_8);
    if (!signature.verifies(message)) {
      throw new RejectedStatementException(
          "the signature does not match the signed text (changed after signing, or damaged)");
    }
    Statement statement;
    try {
      statement = Statement.parse(signed.message());
    } catch (IllegalArgumentException e) {
      throw new RejectedStatementException(e.getMessage());
    }
    if (statement.kind() != expected) {
      throw new RejectedStatementException(
          "it is a signed " + statement.kind().label() + ", not an " + expected.label());
    }
    String fingerprint = signature.publicKey().fingerprint();
    if (!signers.allows(
        statement.principal(), signature.publicKey(), expected.namespace(), clock.instant())) {
      throw new RejectedStatementException(
          signers.knows(signature.publicKey())
              ? "key "
                  + fingerprint
                  + " may not sign as "
                  + statement.principal()
                  + " in "
                  + expected.namespace()
                  + " now (see "
                  + signers.file()
                  + ")"
              : "key "
                  + fingerprint
                  + " of "
                  + statement.principal()
                  + " is not in the allowed signers "
                  + signers.file());
    }
    return new Verified(statement, fingerprint);
  }

  /**
   * Reads and verifies approval files: the approvals whose signature verified, each as an {@link
   * Approval} with the key's fingerprint, and why the others do not count. Whether an approval
   * counts for a plan (digest, expiry, requester, who may approve) is the {@code ApprovalChecker}'s
   * to say.
   */
  public Approvals approvals(List<Path> files) {
    List<Approval> approvals = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        Verified verified = verify(SignedStatement.read(file), StatementKind.APPROVAL);
        Statement s = verified.statement();
        approvals.add(
            new Approval(
                s.planDigest(), s.principal(), s.time(), s.comment(), verified.keyFingerprint()));
      } catch (RejectedStatementException e) {
        problems.add("the approval " + file + " does not count: " + e.getMessage());
      }
    }
    return new Approvals(approvals, problems);
  }

  /** Verified approvals and why others were not counted. */
  public record Approvals(List<Approval> verified, List<String> problems) {
    public Approvals {
      verified = List.copyOf(verified);
      problems = List.copyOf(problems);
    }
  }
}
