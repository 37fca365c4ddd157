package io.cloudops.execute;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.execute.approval.ApprovalRequiredException;
import io.cloudops.execute.approval.ApprovalVerdict;
import io.cloudops.execute.executor.SecretMasker;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.risk.RiskAssessor;
import io.cloudops.json.Json;
import io.cloudops.model.Approval;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StatusTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records in the history the decisions that run nothing: refusals and stops for approval. */
final class Decisions {

  private Decisions() {}

  /** A new id for a decision of this kind, e.g. {@code refused-1a2b3c4d}. */
  static String newId(DecisionKind kind) {
    String prefix =
        switch (kind) {
          case EXECUTION -> "exec-";
          case DRY_RUN -> "dry-run-";
          case REFUSED -> "refused-";
          case APPROVAL_REQUIRED -> "approval-required-";
        };
    String random = UUID.randomUUID().toString();
    return prefix + (kind == DecisionKind.EXECUTION ? random : random.substring(0, 8));
  }

  /**
   * Records why a plan's approvals do not let it run: a stop for approval when none was given, a
   * refusal (with every reason) when approvals were given and do not count.
   *
   * @return the exception to throw; a failure to record is attached as suppressed
   */
  static ApprovalRequiredException notGranted(
      ExecutionEngine engine,
      ExecutionRequest request,
      PlanReview review,
      List<Approval> given,
      List<String> notCounted,
      ApprovalVerdict verdict) {
    List<String> problems = new ArrayList<>(notCounted);
    problems.addAll(verdict.problems());
    DecisionKind kind =
        given.isEmpty() && notCounted.isEmpty()
            ? DecisionKind.APPROVAL_REQUIRED
            : DecisionKind.REFUSED;
    ApprovalRequiredException refusal =
        new ApprovalRequiredException(
            review.risk().level(), review.risk().assessment().reasons(), problems);
    try {
      notRun(
          engine,
          newId(kind),
          kind,
          request,
          review.digest(),
          review.risk().assessment(),
          given,
          refusal.getMessage());
    } catch (RuntimeException notRecorded) {
      refusal.addSuppressed(notRecorded);
    }
    return refusal;
  }

  /** Records a plan refused by a step check, with the risk it would have had. */
  static void refusedStep(
      ExecutionEngine engine, RiskAssessor risk, ExecutionRequest request, RuntimeException why) {
    RiskAssessment assessment;
    try {
      assessment = risk.assess(request.plan(), request.serverAssessment()).assessment();
    } catch (RuntimeException unassessable) {
      assessment =
          new RiskAssessment(
              RiskLevel.HIGH, "High", List.of("the plan could not be assessed: " + unassessable));
    }
    notRun(
        engine,
        newId(DecisionKind.REFUSED),
        DecisionKind.REFUSED,
        request,
        request.plan().digest(),
        assessment,
        List.of(),
        "refused: " + why.getMessage());
  }

  /**
   * Records a plan that did not run: who asked, its risk, the approvals given (each labelled signed
   * or unverified) and, as the final transition's detail, why.
   */
  private static void notRun(
      ExecutionEngine engine,
      String id,
      DecisionKind kind,
      ExecutionRequest request,
      String digest,
      RiskAssessment risk,
      List<Approval> given,
      String why) {
    ExecutionHistory history = engine.historyLog();
    SecretMasker masker = masker(engine);
    history.created(
        id,
        kind,
        request.contextId(),
        digest,
        masked(request.plan(), masker),
        risk,
        request.requestedBy(),
        request.origin(),
        engine.clock().instant());
    if (!given.isEmpty()) {
      history.approvals(id, given);
    }
    history.transition(
        id,
        new StatusTransition(ExecutionStatus.FAILED, engine.clock().instant(), masker.mask(why)));
  }

  private static SecretMasker masker(ExecutionEngine engine) {
    try {
      return engine.cliCredentials().masker();
    } catch (RuntimeException noCredentials) {
      return SecretMasker.none(); // nothing to mask: no credentials were resolved
    }
  }

  /**
   * The plan as history keeps it: any known secret in it masked. The digest recorded beside it is
   * the digest of the plan as approved.
   */
  static ExecutionPlan masked(ExecutionPlan plan, SecretMasker masker) {
    List<PlannedStep> steps = new ArrayList<>();
    for (PlannedStep step : plan.steps()) {
      ObjectNode params = step.params();
      if (params != null) {
        params =
            (ObjectNode)
                Json.tree(Json.read(masker.mask(Json.write(params)), ObjectNode.class, "params"));
      }
      steps.add(
          new PlannedStep(
              step.stepId(),
              step.command(),
              masker.mask(step.args()),
              masker.mask(step.description()),
              step.kind(),
              step.service(),
              step.operation(),
              params,
              step.script() == null ? null : masker.mask(step.script())));
    }
    return new ExecutionPlan(steps, plan.estimatedDuration());
  }
}
