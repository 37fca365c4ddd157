package io.cloudops.cli;

import io.cloudops.execute.ExecutionEngine;
import io.cloudops.execute.PlanReview;
import io.cloudops.execute.approval.ApprovalRequiredException;
import io.cloudops.execute.approval.ApprovalSettings;
import io.cloudops.execute.approval.signed.SignedApprovals;
import io.cloudops.execute.approval.signed.StatementVerifier;
import io.cloudops.model.Approval;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import java.io.Console;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code execute}'s approval options, and how they become approvals: signed files verified against
 * the allowed signers, unverified names, or a terminal prompt. The rules are the core's ({@link
 * SignedApprovals}, the engine's {@code ApprovalChecker}); this only passes what was given.
 */
final class ApprovalOptions {

  @Option(
      names = "--approval",
      paramLabel = "FILE",
      description = "A signed approval (cloudops approve); repeat for High plans.")
  List<Path> approvalFiles = List.of();

  @Option(
      names = "--request",
      paramLabel = "FILE",
      description = "A signed request (cloudops request): who asks for the plan, proven.")
  Path requestFile;

  @Option(
      names = "--allowed-signers",
      paramLabel = "FILE",
      description =
          "Whose signatures count: git-format allowed-signers file (default:"
              + " $CLOUDOPS_ALLOWED_SIGNERS).")
  Path allowedSigners;

  @Option(
      names = "--require-signed-approvals",
      description =
          "Count only signed approvals and a signed request (also:"
              + " CLOUDOPS_REQUIRE_SIGNED_APPROVALS=true).")
  boolean requireSigned;

  @Option(
      names = "--approve",
      description = "Approve non-interactively as the --approver(s); unverified.")
  boolean approve;

  @Option(
      names = "--approver",
      paramLabel = "NAME",
      description = "Who approves (repeat for High plans, which need two distinct approvers).")
  List<String> approvers = List.of();

  @Option(
      names = "--requested-by",
      paramLabel = "NAME",
      description =
          "Who asks for the plan; cannot approve it (default: $USER). Refused while signed"
              + " approvals are required: use --request.")
  String requestedBy;

  /** The approval settings: the environment, tightened by the flags. */
  ApprovalSettings settings(Map<String, String> env) {
    ApprovalSettings settings = ApprovalSettings.from(env);
    if (requireSigned) {
      settings = settings.requiringSignatures();
    }
    if (allowedSigners != null) {
      settings = settings.withAllowedSigners(allowedSigners);
    }
    return settings;
  }

  /** Who asks: the signed request, the named requester, or the local user. */
  String requester(SignedApprovals signed, String localUser, PlanReview review, boolean dryRun) {
    String named = requestedBy == null || requestedBy.isBlank() ? null : requestedBy.trim();
    return signed.requester(
        requestFile, named, localUser, review.digest(), !dryRun && review.requiredApprovers() > 0);
  }

  /**
   * Runs a plan that needs approvals with the approvals given.
   *
   * @throws CliExit (approval required) when none was given and no terminal can ask
   */
  ExecutionResult run(
      CliContext context,
      ExecutionEngine engine,
      ExecutionRequest request,
      PlanReview review,
      SignedApprovals signed,
      Path planFile) {
    if (!approvalFiles.isEmpty() || settings(context.env()).signaturesRequired()) {
      StatementVerifier.Approvals verified = signed.approvals(approvalFiles);
      List<Approval> given = new ArrayList<>(verified.verified());
      if (approve) {
        given.addAll(unverified(review));
      }
      print(context, given);
      ExecutionResult result = engine.execute(request, given, verified.problems());
      verified.problems().forEach(problem -> context.err().println("warning: " + problem));
      return result;
    }
    if (approve && !approvers.isEmpty()) {
      List<Approval> given = unverified(review);
      print(context, given);
      return engine.execute(request, given);
    }
    Console console = System.console();
    if (console != null && !approve) {
      return engine.executeWithApproval(request, new TerminalApprover(console, approvers));
    }
    try {
      return engine.execute(request, List.of()); // records the stop, and throws
    } catch (ApprovalRequiredException e) {
      throw new CliExit(
          ExitCodes.APPROVAL,
          e.getMessage()
              + (approve ? " (--approve needs --approver NAME; or" : " (no terminal: pass")
              + " --approval FILE, signed with 'cloudops approve --plan "
              + planFile
              + " --key KEY', or --approve --approver NAME, to approve plan "
              + review.shortDigest()
              + ")");
    }
  }

  private List<Approval> unverified(PlanReview review) {
    return approvers.stream()
        .map(name -> new Approval(review.digest(), name, Instant.now(), "approved with --approve"))
        .toList();
  }

  private static void print(CliContext context, List<Approval> approvals) {
    if (context.json()) {
      return;
    }
    for (Approval approval : approvals) {
      context.err().println("approval by " + approval.approver() + ": " + approval.verification());
    }
    context.err().flush();
  }
}
