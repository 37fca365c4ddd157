package io.cloudops.execute.approval;

import io.cloudops.config.InvalidSettingException;
import io.cloudops.config.SettingsLoader;
import io.cloudops.model.RiskLevel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The approval settings front ends read from the environment: whether only signed approvals count,
 * the allowed-signers file that decides whose signatures count, and who may approve each level.
 *
 * @param signaturesRequired {@value #REQUIRE_SIGNED}: unverified approvals (typed names) and an
 *     unsigned requester are refused
 * @param allowedSigners {@value #ALLOWED_SIGNERS}: git-format allowed-signers file, or null
 * @param mediumApprovers {@value #MEDIUM_APPROVERS}: who may approve Medium plans; empty: anyone
 *     the approval's kind admits (every allowed signer for signed approvals)
 * @param highApprovers {@value #HIGH_APPROVERS}: the same for High plans
 */
public record ApprovalSettings(
    boolean signaturesRequired,
    Path allowedSigners,
    Set<String> mediumApprovers,
    Set<String> highApprovers) {

  public static final String REQUIRE_SIGNED = "CLOUDOPS_REQUIRE_SIGNED_APPROVALS";
  public static final String ALLOWED_SIGNERS = "CLOUDOPS_ALLOWED_SIGNERS";
  public static final String MEDIUM_APPROVERS = "CLOUDOPS_MEDIUM_APPROVERS";
  public static final String HIGH_APPROVERS = "CLOUDOPS_HIGH_APPROVERS";

  public ApprovalSettings {
    mediumApprovers = Set.copyOf(mediumApprovers);
    highApprovers = Set.copyOf(highApprovers);
  }

  /**
   * Reads the variables.
   *
   * @throws InvalidSettingException naming a variable whose value cannot be parsed
   */
  public static ApprovalSettings from(Map<String, String> env) {
    return new ApprovalSettings(
        bool(REQUIRE_SIGNED, env.get(REQUIRE_SIGNED)),
        value(env, ALLOWED_SIGNERS).map(v -> SettingsLoader.path(ALLOWED_SIGNERS, v)).orElse(null),
        names(env.get(MEDIUM_APPROVERS)),
        names(env.get(HIGH_APPROVERS)));
  }

  public Optional<Path> allowedSignersFile() {
    return Optional.ofNullable(allowedSigners);
  }

  /** A copy with signatures required (a command-line flag can only tighten the setting). */
  public ApprovalSettings requiringSignatures() {
    return new ApprovalSettings(true, allowedSigners, mediumApprovers, highApprovers);
  }

  /** A copy with another allowed-signers file. */
  public ApprovalSettings withAllowedSigners(Path file) {
    return new ApprovalSettings(signaturesRequired, file, mediumApprovers, highApprovers);
  }

  /** {@code base} narrowed by these settings. */
  public ApprovalPolicy policy(ApprovalPolicy base) {
    ApprovalPolicy policy = base.withSignaturesRequired(signaturesRequired);
    policy = narrow(policy, RiskLevel.MEDIUM, mediumApprovers);
    return narrow(policy, RiskLevel.HIGH, highApprovers);
  }

  private static ApprovalPolicy narrow(ApprovalPolicy policy, RiskLevel level, Set<String> who) {
    if (who.isEmpty()) {
      return policy;
    }
    return policy.with(level, new ApprovalRule(policy.rule(level).requiredApprovers(), who));
  }

  private static boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new InvalidSettingException(name, value, "expected true or false");
    };
  }

  private static Set<String> names(String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
