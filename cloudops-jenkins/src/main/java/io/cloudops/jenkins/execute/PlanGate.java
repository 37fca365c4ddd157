package io.cloudops.jenkins.execute;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Cause;
import hudson.model.Run;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.execute.PlanReview;
import io.cloudops.execute.approval.ApprovalPolicy;
import io.cloudops.jenkins.BuildLog;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.credentials.StepAwsCredentials;
import io.cloudops.jenkins.services.CloudOpsServices;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.RiskLevel;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.workflow.actions.ArgumentsAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * The checks {@code cloudopsReviewPlan} and {@code cloudopsRunPlan} share. Nothing the Jenkinsfile
 * passes is trusted except the digest, which only selects a plan {@code cloudopsAsk} recorded in
 * this build; approvals come only from the evidence Jenkins wrote on this build's input nodes.
 */
final class PlanGate {

  /** The system property that limits stored step arguments (workflow-api ArgumentsAction:75). */
  static final String MAX_RETAINED_LENGTH =
      "org.jenkinsci.plugins.workflow.actions.ArgumentsAction.maxRetainedLength";

  /** The system property that turns off step-argument storage (workflow-cps DSL.java:136-140). */
  static final String KEEP_ARGUMENTS = "org.jenkinsci.plugins.workflow.cps.DSL.keepStepArguments";

  /**
   * A plan checked in this build.
   *
   * @param message the canonical input message
   * @param inputId the id the next input uses: the plan's prefix and the review step's node id
   */
  record Checked(
      CloudOpsPlanAction proposed,
      ExecutionPlan plan,
      RiskLevel level,
      ApprovalPolicy policy,
      Set<String> starters,
      String message,
      String inputId,
      ApprovalReview review) {

    /** What {@code cloudopsReviewPlan} returns to the Groovy global. */
    Map<String, Object> toMap(int configuredApprovers, long waitMinutes) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("approved", review.approved());
      map.put("required", review.required());
      map.put("counted", review.approvers());
      map.put("notCounted", review.notCounted());
      map.put("risk", level.label());
      map.put("message", message);
      map.put("nextInputId", inputId);
      map.put("submitter", String.join(",", review.eligible()));
      map.put("waitMinutes", waitMinutes);
      map.put("maxAsks", review.required() + configuredApprovers);
      return map;
    }
  }

  private final CloudOpsServices services;

  PlanGate(CloudOpsServices services) {
    this.services = services;
  }

  /**
   * Checks a plan of this build against the evidence before {@code self}.
   *
   * @param self the calling step's own flow node
   * @param consumed input node ids an earlier run in this build used
   * @throws AbortException when the plan is unknown, or approvals cannot work on this controller
   */
  Checked check(
      Run<?, ?> run,
      FlowNode self,
      String digest,
      boolean dryRun,
      Set<String> consumed,
      ResolvedAws aws)
      throws IOException {
    if (digest == null || digest.isBlank()) {
      throw new AbortException("CloudOps: pass planDigest: (from the result of cloudopsAsk)");
    }
    CloudOpsPlanAction proposed =
        CloudOpsPlanAction.find(run, digest)
            .orElseThrow(
                () ->
                    new AbortException(
                        "CloudOps: plan "
                            + digest.substring(0, Math.min(12, digest.length()))
                            + " was not proposed by cloudopsAsk in this build; only plans asked"
                            + " for in the same build can be executed"));
    ExecutionPlan plan = proposed.plan();
    JenkinsFacade jenkins = services.jenkins();
    RiskLevel claimed = proposed.getRiskLevel();
    PlanReview engineReview =
        services
            .planRunner()
            .review(plan, claimed, aws, new Settings(jenkins).store(jenkins.configuration(), run));
    RiskLevel level = engineReview.risk().level().max(claimed);
    proposed.recordEngineReview(run, engineReview, level);
    ApprovalPolicy policy = jenkins.configuration().approvalPolicy(jenkins::userIdKey);
    boolean needsApproval = !dryRun && policy.rule(level).requiredApprovers() > 0;
    if (needsApproval) {
      requireApprovalsCanBeProven(level, self);
    }
    Set<String> starters = starters(run, jenkins);
    String message =
        ApprovalMessage.canonical(plan, level, run.getUrl() + proposed.getUrlName() + "/");
    if (needsApproval && message.length() > ApprovalMessage.MAX_STORED_LENGTH) {
      throw new AbortException(
          "CloudOps: the approval message would be "
              + message.length()
              + " characters, more than the "
              + ApprovalMessage.MAX_STORED_LENGTH
              + " Jenkins stores for a step argument; shorten the job's name or folder path");
    }
    List<InputRecord> inputs = self == null ? List.of() : InputEvidence.before(self);
    Optional<String> unstored = ApprovalEvidence.unstoredMessage(digest, inputs);
    if (needsApproval && unstored.isPresent()) {
      throw new AbortException(
          "CloudOps: Jenkins did not store the message of this plan's approval input ("
              + unstored.get()
              + "), so no approval of it can be proven. OVERSIZE_VALUE: raise -D"
              + MAX_RETAINED_LENGTH
              + " to at least "
              + message.length()
              + "; MASKED_VALUE: a credential's value appears in the message, bind it under"
              + " another name");
    }
    ApprovalEvidence evidence =
        ApprovalEvidence.collect(digest, message, consumed, inputs, jenkins::userIdKey);
    ApprovalReview review =
        ApprovalReview.decide(
            digest, level, dryRun, policy, starters, evidence, services.clock().instant());
    String inputId = ApprovalEvidence.idPrefix(digest) + (self == null ? "0" : self.getId());
    return new Checked(proposed, plan, level, policy, starters, message, inputId, review);
  }

  /**
   * The AWS settings of the step (credentials id, else the build's environment), their secrets
   * masked in {@code log}.
   */
  static ResolvedAws aws(
      CloudOpsServices services,
      Run<?, ?> run,
      Map<String, String> bound,
      EnvVars env,
      String credentialsId,
      BuildLog log)
      throws IOException, InterruptedException {
    ResolvedAws aws =
        new StepAwsCredentials(services.jenkins())
            .resolve(
                credentialsId,
                run,
                bound,
                env,
                services.jenkins().configuration().isAllowControllerDefaultCredentials());
    if (aws.credentials() instanceof AwsCredentialsSpec.StaticKeys keys) {
      log.mask(keys.secretAccessKey()).mask(keys.sessionToken());
    }
    return aws;
  }

  /** Fails when the missing approvals cannot come from the configured approvers. */
  static void requireEnoughApprovers(Checked checked, int configured) throws AbortException {
    ApprovalReview review = checked.review();
    if (!review.approved() && review.eligible().size() < review.missing()) {
      throw new AbortException(
          "CloudOps: a "
              + checked.level().label()
              + " plan needs "
              + review.required()
              + " distinct approver(s) besides whoever started the build; "
              + configured
              + " configured, "
              + review.eligible().size()
              + " of them still eligible ("
              + String.join(", ", review.eligible())
              + "); an administrator sets them in Manage Jenkins, System, CloudOps");
    }
  }

  private void requireApprovalsCanBeProven(RiskLevel level, FlowNode self) throws AbortException {
    if (!services.jenkins().isUseSecurity()) {
      throw new AbortException(
          "CloudOps: a "
              + level.label()
              + " plan needs approvals, and approvals need Jenkins security: with security off"
              + " anyone can answer an input. Turn it on in Manage Jenkins, Security");
    }
    if (self == null || self.getPersistentAction(ArgumentsAction.class) == null) {
      throw new AbortException(
          "CloudOps: a "
              + level.label()
              + " plan needs approvals, and approvals are proven from the step arguments Jenkins"
              + " stores, which are off on this controller (-D"
              + KEEP_ARGUMENTS
              + "=false); remove that setting");
    }
  }

  /** Everyone who started the build (Replay's user included), in Jenkins's spelling. */
  static Set<String> starters(Run<?, ?> run, JenkinsFacade jenkins) {
    Set<String> starters = new LinkedHashSet<>();
    for (Cause cause : run.getCauses()) {
      if (cause instanceof Cause.UserIdCause user && user.getUserId() != null) {
        starters.add(jenkins.userIdKey(user.getUserId()));
      }
    }
    return starters;
  }
}
