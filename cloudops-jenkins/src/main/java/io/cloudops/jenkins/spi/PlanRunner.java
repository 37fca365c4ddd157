package io.cloudops.jenkins.spi;

import io.cloudops.execute.PlanReview;
import io.cloudops.execute.risk.PlanRisk;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.agent.WorkPlace;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.model.ExecutionOrigin;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.RiskLevel;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** Assesses and runs an approved plan (implemented over the core's execution engine). */
public interface PlanRunner {

  /**
   * The plan's risk as the engine sees it: never lower than the server's claim.
   *
   * @param claimed what the planning server said
   */
  RiskLevel assess(ExecutionPlan plan, RiskLevel claimed);

  /**
   * {@link #assess(ExecutionPlan, RiskLevel)} against the store the build resolved (its credentials
   * looked up in the build's context); by default the store is not needed.
   */
  default RiskLevel assess(ExecutionPlan plan, RiskLevel claimed, StoreSettings store) {
    return assess(plan, claimed);
  }

  /**
   * The engine's review of the plan (argv per step, targets, risk and reasons) with the build's AWS
   * settings and store; by default only the assessed level, without steps or reasons.
   */
  default PlanReview review(
      ExecutionPlan plan, RiskLevel claimed, ResolvedAws aws, StoreSettings store)
      throws IOException {
    RiskLevel level = assess(plan, claimed, store);
    return new PlanReview(
        plan.digest(),
        new PlanRisk(new RiskAssessment(level, "", List.of()), List.of()),
        List.of(),
        0);
  }

  /**
   * {@link #run(ExecutionPlan, ResolvedAws, boolean, GrantedApprovals, PrintStream)} against the
   * store the build resolved; by default the store is not needed.
   */
  default ExecutionResult run(
      ExecutionPlan plan,
      ResolvedAws aws,
      boolean dryRun,
      GrantedApprovals approvals,
      PrintStream output,
      StoreSettings store)
      throws IOException, InterruptedException {
    return run(plan, aws, dryRun, approvals, output);
  }

  /**
   * {@link #run(ExecutionPlan, ResolvedAws, boolean, GrantedApprovals, PrintStream, StoreSettings)}
   * with its AWS calls and processes where {@code place} says, recording where it was asked (the
   * build) in the history; by default where this runner makes them, and not recorded.
   *
   * @param origin the build that asked, or null
   */
  default ExecutionResult run(
      ExecutionPlan plan,
      ResolvedAws aws,
      boolean dryRun,
      GrantedApprovals approvals,
      PrintStream output,
      StoreSettings store,
      WorkPlace place,
      ExecutionOrigin origin)
      throws IOException, InterruptedException {
    return run(plan, aws, dryRun, approvals, output, store);
  }

  /**
   * Runs (or, with {@code dryRun}, only validates and prints) the plan. Interruptible.
   *
   * @param approvals checked again by the engine under their policy, recorded in the history
   * @param output the masked build log stream the steps' output is streamed to
   */
  ExecutionResult run(
      ExecutionPlan plan,
      ResolvedAws aws,
      boolean dryRun,
      GrantedApprovals approvals,
      PrintStream output)
      throws IOException, InterruptedException;
}
