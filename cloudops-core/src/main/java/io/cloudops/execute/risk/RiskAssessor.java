package io.cloudops.execute.risk;

import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import io.cloudops.execute.command.CliCommandParser;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.StepKind;
import io.cloudops.text.UntrustedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a plan's risk locally, from AWS's published access levels; the planning server's label
 * can raise it, never lower it.
 *
 * <ul>
 *   <li>List/Read → Low; Write/Tagging → Medium; Permissions management and deletions (Delete*,
 *       Terminate*, Remove*...) → High; unknown operations and scripts → High.
 *   <li>Raised to the level of {@link SensitiveActions} for what an action exposes: credentials,
 *       privilege escalation, public exposure, evasion, key destruction and remote execution are
 *       High, reads of data at least Medium.
 *   <li>Raised one level when a target matches a production rule or the step names more than {@link
 *       RiskPolicy#manyResources()} resources.
 *   <li>The plan's level is the max over its steps and the server's claim.
 * </ul>
 */
public final class RiskAssessor {

  private final IamAccessLevels levels;
  private final SensitiveActions sensitiveActions = SensitiveActions.bundled();
  private final RiskPolicy policy;
  private final ResourceLookup lookup;

  public RiskAssessor(IamAccessLevels levels, RiskPolicy policy, ResourceLookup lookup) {
    this.levels = Objects.requireNonNull(levels, "levels");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /** With the bundled access levels, the default policy and no known resources. */
  public static RiskAssessor withDefaults() {
    return new RiskAssessor(IamAccessLevels.bundled(), RiskPolicy.DEFAULT, ResourceLookup.none());
  }

  /**
   * The plan's risk.
   *
   * @param serverClaim the planning server's assessment, or null when there is none
   */
  public PlanRisk assess(ExecutionPlan plan, RiskAssessment serverClaim) {
    List<StepRisk> steps = plan.steps().stream().map(this::assess).toList();
    RiskLevel local = steps.stream().map(StepRisk::level).reduce(RiskLevel.LOW, RiskLevel::max);
    List<String> reasons = new ArrayList<>();
    for (StepRisk step : steps) {
      for (String reason : step.reasons()) {
        reasons.add("step " + step.stepId() + ": " + reason);
      }
    }
    if (steps.isEmpty()) {
      reasons.add("the plan has no steps");
    }
    RiskLevel level = local;
    if (serverClaim != null) {
      if (serverClaim.level().compareTo(local) > 0) {
        level = serverClaim.level();
        reasons.add(
            "the planning server rated the plan "
                + serverClaim.level().label()
                + (serverClaim.summary().isBlank() ? "" : " (" + serverClaim.summary() + ")")
                + ", above the local "
                + local.label());
      } else if (serverClaim.level().compareTo(local) < 0) {
        reasons.add(
            "the planning server rated the plan "
                + serverClaim.level().label()
                + "; the local assessment "
                + local.label()
                + " stands (the server can raise risk, never lower it)");
      }
    }
    String summary =
        level.label()
            + ": "
            + steps.size()
            + (steps.size() == 1 ? " step" : " steps")
            + ", highest local step risk "
            + local.label();
    return new PlanRisk(new RiskAssessment(level, summary, reasons), steps);
  }

  /** One step's risk. */
  public StepRisk assess(PlannedStep step) {
    List<String> targets = StepTargets.of(step);
    List<String> reasons = new ArrayList<>();
    RiskLevel level;
    String actionName = null;
    if (step.kind() == StepKind.SCRIPT) {
      level = RiskLevel.HIGH;
      reasons.add("a script can do anything: scripts are always High");
    } else {
      Optional<IamAction> action = IamActionNames.of(step);
      if (action.isEmpty()) {
        level = RiskLevel.HIGH;
        reasons.add("the step names no AWS operation: unknown operations are High");
      } else {
        IamAction named = levels.canonical(action.get()).orElse(action.get());
        actionName = named.toString();
        level = baseLevel(step, named, reasons);
      }
      if (step.kind() == StepKind.AWS_CLI) {
        Optional<String> refused = unparseable(step);
        if (refused.isPresent()) {
          level = RiskLevel.HIGH;
          reasons.add("the step cannot run as written (" + refused.get() + "): High");
        }
      }
    }
    RiskLevel raised = raise(level, targets, reasons);
    return new StepRisk(step.stepId(), raised, actionName, targets, reasons);
  }

  private RiskLevel baseLevel(PlannedStep step, IamAction action, List<String> reasons) {
    Optional<AccessLevel> access = levels.level(action);
    if (access.isEmpty()) {
      reasons.add(
          action
              + " is not in AWS's IAM reference ("
              + levels.source()
              + "): unknown operations are High");
      return RiskLevel.HIGH;
    }
    String operation = step.kind() == StepKind.AWS_SDK ? step.operation() : "";
    if (access.get() == AccessLevel.PERMISSIONS_MANAGEMENT) {
      reasons.add(action + " is a Permissions management operation");
      return RiskLevel.HIGH;
    }
    if (action.isDeletion() || new IamAction(action.prefix(), operation).isDeletion()) {
      reasons.add(action + " is a deletion (" + access.get().label() + ")");
      return RiskLevel.HIGH;
    }
    reasons.add(action + " is a " + access.get().label() + " operation");
    RiskLevel byAccess =
        switch (access.get()) {
          case LIST, READ -> RiskLevel.LOW;
          case WRITE, TAGGING -> RiskLevel.MEDIUM;
          case PERMISSIONS_MANAGEMENT -> RiskLevel.HIGH;
        };
    return exposure(action, byAccess, reasons);
  }

  private static Optional<String> unparseable(PlannedStep step) {
    try {
      CliCommandParser.parse(step.command(), step.args());
      return Optional.empty();
    } catch (InvalidInputException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The access level is the floor; what the action exposes can only raise it. */
  private RiskLevel exposure(IamAction action, RiskLevel byAccess, List<String> reasons) {
    Optional<SensitiveActions.Entry> sensitive = sensitiveActions.of(action);
    if (sensitive.isEmpty() || sensitive.get().level().compareTo(byAccess) <= 0) {
      return byAccess;
    }
    reasons.add(
        action
            + " is "
            + sensitive.get().category().replace('-', ' ')
            + " ("
            + sensitive.get().source()
            + " in sensitive-actions.tsv): at least "
            + sensitive.get().level().label());
    return sensitive.get().level();
  }

  private RiskLevel raise(RiskLevel level, List<String> targets, List<String> reasons) {
    boolean raise = false;
    for (String target : targets) {
      Optional<Map<String, String>> tags;
      try {
        tags = lookup.tagsOf(target);
      } catch (CloudOpsException unreadable) {
        reasons.add(
            unreadable.getMessage()
                + ": "
                + target
                + " is treated as production, and the step as High");
        return RiskLevel.HIGH;
      }
      if (tags.isEmpty()) {
        continue;
      }
      for (ProductionRule rule : policy.productionRules()) {
        Optional<String> tag = rule.match(tags.get());
        if (tag.isPresent()) {
          reasons.add(
              target
                  + " is tagged "
                  + UntrustedText.strip(tag.get())
                  + " (production): raised one level");
          raise = true;
        }
      }
    }
    if (targets.size() > policy.manyResources()) {
      reasons.add(
          "the step targets "
              + targets.size()
              + " resources (more than "
              + policy.manyResources()
              + "): raised one level");
      raise = true;
    }
    return raise ? level.raised() : level;
  }
}
