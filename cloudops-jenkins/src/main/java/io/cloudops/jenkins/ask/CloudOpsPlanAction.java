package io.cloudops.jenkins.ask;

import hudson.model.Run;
import io.cloudops.execute.PlanReview;
import io.cloudops.execute.StepPreview;
import io.cloudops.jenkins.CloudOpsRunAction;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.ServerResponse;
import io.cloudops.model.StepKind;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan proposed by {@code cloudopsAsk}, kept with the build (build.xml) and shown on its page:
 * steps, risk, reasons. {@code cloudopsExecute} runs plans only from here, found by digest, so a
 * Jenkinsfile cannot alter a plan or its risk between asking and executing.
 */
public class CloudOpsPlanAction extends CloudOpsRunAction {

  private final String digest;
  private final String planJson;
  private final String risk;
  private final String summary;
  private final List<String> reasons;
  private final String answer;
  private final String createdAt;

  /** The engine's own review, recorded when a plan step first checks the plan (XStream). */
  private String engineRisk;

  private ArrayList<String> engineReasons;
  private ArrayList<String> targets;
  private ArrayList<EngineStep> engineSteps;

  CloudOpsPlanAction(
      String digest,
      String planJson,
      String risk,
      String summary,
      List<String> reasons,
      String answer,
      Instant createdAt) {
    this.digest = digest;
    this.planJson = planJson;
    this.risk = risk;
    this.summary = summary;
    this.reasons = new ArrayList<>(reasons);
    this.answer = answer;
    this.createdAt = createdAt.toString();
  }

  /** The action for a response that carries a plan. */
  public static Optional<CloudOpsPlanAction> of(ServerResponse response, Instant now) {
    return response
        .plan()
        .map(
            plan ->
                new CloudOpsPlanAction(
                    plan.digest(),
                    Json.write(plan),
                    response.risk().map(r -> r.level().name()).orElse(RiskLevel.HIGH.name()),
                    response.risk().map(r -> r.summary()).orElse(""),
                    response.risk().map(r -> r.reasons()).orElse(List.of()),
                    response.content(),
                    now));
  }

  /** The plan of a build with this digest, if {@code cloudopsAsk} proposed it there. */
  public static Optional<CloudOpsPlanAction> find(Run<?, ?> run, String digest) {
    return run.getActions(CloudOpsPlanAction.class).stream()
        .filter(a -> a.digest.equals(digest))
        .findFirst();
  }

  /**
   * The plan, checked against its digest (a build.xml edited by hand yields no plan).
   *
   * @throws IllegalStateException when the stored plan no longer matches its digest
   */
  public ExecutionPlan plan() {
    ExecutionPlan plan = Json.read(planJson, ExecutionPlan.class, "stored plan");
    if (!plan.digest().equals(digest)) {
      throw new IllegalStateException(
          "the stored plan " + getShortDigest() + " does not match its digest; it was altered");
    }
    return plan;
  }

  public String getDigest() {
    return digest;
  }

  public String getShortDigest() {
    return digest.substring(0, Math.min(12, digest.length()));
  }

  /** The risk the planning server claimed (the engine may raise it). */
  public RiskLevel getRiskLevel() {
    return RiskLevel.valueOf(risk);
  }

  public String getRisk() {
    return getRiskLevel().label();
  }

  public String getSummary() {
    return summary;
  }

  public List<String> getReasons() {
    return List.copyOf(reasons);
  }

  public String getAnswer() {
    return answer;
  }

  public String getCreatedAt() {
    return createdAt;
  }

  /**
   * Records what the engine will run (each step's argv, targets, reasons) and the risk the plan is
   * approved at, for the plan page an approver opens from the input prompt; saves the build.
   */
  public synchronized void recordEngineReview(Run<?, ?> run, PlanReview review, RiskLevel level)
      throws IOException {
    ArrayList<EngineStep> steps = new ArrayList<>();
    for (StepPreview step : review.steps()) {
      steps.add(
          new EngineStep(
              step.stepId(),
              String.join(" ", step.argv()),
              step.risk().level().label(),
              String.join(", ", step.risk().targets()),
              String.join("; ", step.risk().reasons()),
              step.script()));
    }
    engineRisk = level.label();
    engineReasons = new ArrayList<>(review.risk().assessment().reasons());
    targets = new ArrayList<>(review.risk().targets());
    engineSteps = steps;
    run.save();
  }

  /** The risk the engine assessed (never lower than the server's), or null before any check. */
  public String getEngineRisk() {
    return engineRisk;
  }

  public List<String> getEngineReasons() {
    return engineReasons == null ? List.of() : List.copyOf(engineReasons);
  }

  public List<String> getTargets() {
    return targets == null ? List.of() : List.copyOf(targets);
  }

  /** The steps as the executor will run them; empty before any check. */
  public List<EngineStep> getEngineSteps() {
    return engineSteps == null ? List.of() : List.copyOf(engineSteps);
  }

  /** One step as the engine reviewed it. Persisted with the build; not a record (XStream). */
  public static final class EngineStep {
    private final String id;
    private final String argv;
    private final String risk;
    private final String targets;
    private final String reasons;
    private final String script;

    EngineStep(String id, String argv, String risk, String targets, String reasons, String script) {
      this.id = id;
      this.argv = argv;
      this.risk = risk;
      this.targets = targets;
      this.reasons = reasons;
      this.script = script;
    }

    /** A script step's whole text as it will run (secrets masked, control characters shown). */
    public String getScript() {
      return script;
    }

    public String getId() {
      return id;
    }

    /** The argv the executor runs (secrets masked by the engine). */
    public String getArgv() {
      return argv;
    }

    public String getRisk() {
      return risk;
    }

    public String getTargets() {
      return targets;
    }

    public String getReasons() {
      return reasons;
    }
  }

  /** The steps as the build page shows them. */
  public List<StepView> getSteps() {
    List<StepView> views = new ArrayList<>();
    for (PlannedStep step : plan().steps()) {
      views.add(StepView.of(step));
    }
    return views;
  }

  @Override
  public String getIconFileName() {
    return "clipboard.png";
  }

  @Override
  public String getDisplayName() {
    return "CloudOps plan " + getShortDigest() + " (" + getRisk() + ")";
  }

  @Override
  public String getUrlName() {
    return "cloudops-plan-" + getShortDigest();
  }

  /**
   * One step for display. All text is shown escaped by the view.
   *
   * @param what {@code aws <command> <args...>}, the SDK operation, or the script's first line
   */
  public record StepView(String id, String kind, String description, String what) {

    public static StepView of(PlannedStep step) {
      String what;
      if (step.kind() == StepKind.AWS_SDK) {
        what = step.service() + ":" + step.operation();
      } else if (step.kind() == StepKind.SCRIPT) {
        String script = step.script() == null ? "" : step.script().strip();
        int newline = script.indexOf('\n');
        what = newline < 0 ? script : script.substring(0, newline) + " ...";
      } else {
        what =
            "aws "
                + step.command()
                + (step.args().isEmpty() ? "" : " " + String.join(" ", step.args()));
      }
      return new StepView(step.stepId(), Json.tree(step.kind()).asText(), step.description(), what);
    }
  }
}
