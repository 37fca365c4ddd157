package io.cloudops.execute.approval.signed;

import io.cloudops.InvalidInputException;
import io.cloudops.crypto.ssh.AllowedSigners;
import io.cloudops.execute.approval.ApprovalSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The rules for who asked and who approved when approvals come as files: signed approvals and a
 * signed request are verified against the allowed signers; while signed approvals are required, a
 * requester named in free text is refused. Whether the verified approvals are enough is the {@code
 * ApprovalChecker}'s to say.
 */
public final class SignedApprovals {

  private final ApprovalSettings settings;
  private final Clock clock;
  private StatementVerifier verifier;

  public SignedApprovals(ApprovalSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Who asked for the plan.
   *
   * @param requestFile a signed request, or null
   * @param namedRequester a requester named in free text, or null
   * @param localUser who runs this, when neither is given
   * @param approvalsNeeded whether the plan needs approvals (a Low plan needs no proven requester)
   * @throws InvalidInputException when the request does not verify or is for another plan, or a
   *     named requester is given while signatures are required
   */
  public String requester(
      Path requestFile,
      String namedRequester,
      String localUser,
      String planDigest,
      boolean approvalsNeeded) {
    if (requestFile != null) {
      Statement request;
      try {
        request =
            verifier().verify(SignedStatement.read(requestFile), StatementKind.REQUEST).statement();
      } catch (RejectedStatementException e) {
        throw new InvalidInputException(
            "the request " + requestFile + " does not count: " + e.getMessage());
      }
      if (!request.planDigest().equals(planDigest)) {
        throw new InvalidInputException(
            "the request "
                + requestFile
                + " is for plan "
                + request.planDigest().substring(0, 12)
                + ", not for this plan "
                + planDigest.substring(0, 12)
                + "; sign a request for this plan");
      }
      if (namedRequester != null && !namedRequester.equals(request.principal())) {
        throw new InvalidInputException(
            "the requester is named "
                + namedRequester
                + " but the signed request is by "
                + request.principal()
                + "; give one of them");
      }
      return request.principal();
    }
    if (settings.signaturesRequired() && approvalsNeeded) {
      throw new InvalidInputException(
          "signed approvals are required, so the requester must sign a request for plan "
              + planDigest.substring(0, 12)
              + (namedRequester == null ? "" : "; a name given as text ('" + namedRequester + "')")
              + (namedRequester == null ? "" : " is not accepted"));
    }
    return namedRequester != null ? namedRequester : localUser;
  }

  /**
   * Verifies approval files.
   *
   * @throws InvalidInputException when approval files are given but no allowed-signers file is
   *     configured, or a file is not a signed approval
   */
  public StatementVerifier.Approvals approvals(List<Path> files) {
    if (files.isEmpty()) {
      return new StatementVerifier.Approvals(List.of(), List.of());
    }
    return verifier().approvals(files);
  }

  private StatementVerifier verifier() {
    if (verifier == null) {
      Path file =
          settings
              .allowedSignersFile()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "signed approvals and requests are verified against an allowed-signers"
                              + " file, and none is configured ("
                              + ApprovalSettings.ALLOWED_SIGNERS
                              + ")"));
      verifier = new StatementVerifier(AllowedSigners.read(file), clock);
    }
    return verifier;
  }
}
