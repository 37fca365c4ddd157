package io.cloudops.execute.approval;

import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who must approve what: a rule per risk level and how long an approval stays valid. The requester
 * never approves their own plan.
 *
 * <p>Default: Low needs nobody, Medium one approver, High two distinct approvers; approvals expire
 * after {@link #DEFAULT_VALIDITY}.
 */
public final class ApprovalPolicy {

  /**
   * How long an approval counts unless configured otherwise: the CLI's and the plugin's default.
   */
  public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);

  /** Low 0, Medium 1, High 2 distinct approvers; approvals valid for {@link #DEFAULT_VALIDITY}. */
  public static final ApprovalPolicy DEFAULT =
      new ApprovalPolicy(
          Map.of(
              RiskLevel.LOW, ApprovalRule.anyone(0),
              RiskLevel.MEDIUM, ApprovalRule.anyone(1),
              RiskLevel.HIGH, ApprovalRule.anyone(2)),
          DEFAULT_VALIDITY);

  /**
   * The policy with named approvers: Medium needs one of {@code mediumApprovers}, High two distinct
   * people of {@code highApprovers}; Low needs nobody. An empty set allows nobody to be named, so
   * the rule falls back to anyone but the requester (front ends that require named approvers check
   * {@link ApprovalRule#allowedApprovers()} themselves).
   */
  public static ApprovalPolicy named(
      Set<String> mediumApprovers, Set<String> highApprovers, Duration validity) {
    return new ApprovalPolicy(
        Map.of(
            RiskLevel.LOW, ApprovalRule.anyone(0),
            RiskLevel.MEDIUM, new ApprovalRule(1, mediumApprovers),
            RiskLevel.HIGH, new ApprovalRule(2, highApprovers)),
        validity);
  }

  private final Map<RiskLevel, ApprovalRule> rules;
  private final Duration validity;
  private final boolean signaturesRequired;

  /**
   * @param rules one per level; a missing level needs two approvers
   * @param validity how long after it was given an approval counts
   */
  public ApprovalPolicy(Map<RiskLevel, ApprovalRule> rules, Duration validity) {
    this(rules, validity, false);
  }

  private ApprovalPolicy(
      Map<RiskLevel, ApprovalRule> rules, Duration validity, boolean signaturesRequired) {
    this.signaturesRequired = signaturesRequired;
    EnumMap<RiskLevel, ApprovalRule> copy = new EnumMap<>(RiskLevel.class);
    copy.putAll(rules);
    this.rules = copy;
    this.validity = Objects.requireNonNull(validity, "validity");
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("approval validity must be positive: " + validity);
    }
  }

  /** The rule for a level. */
  public ApprovalRule rule(RiskLevel level) {
    return rules.getOrDefault(level, ApprovalRule.anyone(2));
  }

  /** How long an approval stays valid. */
  public Duration validity() {
    return validity;
  }

  /** A copy with another rule for one level. */
  public ApprovalPolicy with(RiskLevel level, ApprovalRule rule) {
    Map<RiskLevel, ApprovalRule> copy = new EnumMap<>(rules);
    copy.put(level, rule);
    return new ApprovalPolicy(copy, validity, signaturesRequired);
  }

  /** A copy with another validity. */
  public ApprovalPolicy withValidity(Duration validity) {
    return new ApprovalPolicy(rules, validity, signaturesRequired);
  }

  /**
   * Whether only approvals whose signature verified count ({@link Approval#verified()}); unverified
   * ones (a typed name) are then refused.
   */
  public boolean signaturesRequired() {
    return signaturesRequired;
  }

  /** A copy that counts only signed approvals, or also unverified ones. */
  public ApprovalPolicy withSignaturesRequired(boolean required) {
    return new ApprovalPolicy(rules, validity, required);
  }
}
