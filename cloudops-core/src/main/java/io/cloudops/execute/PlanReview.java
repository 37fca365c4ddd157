package io.cloudops.execute;

import io.cloudops.execute.risk.PlanRisk;
import java.util.List;

/**
 * Exactly what a plan would run and why it has its risk: shown for dry runs and to approvers.
 *
 * @param digest SHA-256 of the canonical plan JSON, what approvals are bound to
 * @param requiredApprovers how many distinct approvers the policy needs for this risk level
 */
public record PlanReview(
    String digest, PlanRisk risk, List<StepPreview> steps, int requiredApprovers) {

  public PlanReview {
    steps = List.copyOf(steps);
  }

  /** The first 12 hex digits of the digest, for people to type. */
  public String shortDigest() {
    return digest.substring(0, 12);
  }
}
