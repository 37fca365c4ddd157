package io.cloudops.config;

import java.util.Map;

/**
 * How much one plan may do and what counts as production: the engine's limits and the risk policy's
 * production tags, with their defaults (the one home of those defaults).
 *
 * @param maxPlanSteps at most this many steps in one plan
 * @param maxStepArgumentBytes at most this many UTF-8 bytes of arguments, parameters or script in
 *     one step
 * @param productionTags tag keys and values that mark production, {@code KEY[,KEY...]=VALUE[,...]}
 */
public record ExecutionSettings(
    int maxPlanSteps, long maxStepArgumentBytes, String productionTags) {

  public static final String MAX_PLAN_STEPS = "CLOUDOPS_MAX_PLAN_STEPS";
  public static final String MAX_STEP_ARGUMENT_BYTES = "CLOUDOPS_MAX_STEP_ARGUMENT_BYTES";
  public static final String PRODUCTION_TAGS = "CLOUDOPS_PRODUCTION_TAGS";

  /** 100 steps, 64 KiB per step, {@code env,environment,stage=prod,production,live}. */
  public static final ExecutionSettings DEFAULT =
      new ExecutionSettings(100, 64 * 1024, "env,environment,stage=prod,production,live");

  public ExecutionSettings {
    if (maxPlanSteps < 1) {
      throw new InvalidSettingException(
          MAX_PLAN_STEPS, String.valueOf(maxPlanSteps), "expected a positive whole number");
    }
    if (maxStepArgumentBytes < 1) {
      throw new InvalidSettingException(
          MAX_STEP_ARGUMENT_BYTES,
          String.valueOf(maxStepArgumentBytes),
          "expected a positive whole number of bytes");
    }
    if (productionTags == null || !productionTags.matches("[^=]*[^=\\s][^=]*=.*\\S.*")) {
      throw new InvalidSettingException(
          PRODUCTION_TAGS,
          String.valueOf(productionTags),
          "expected TAG[,TAG...]=VALUE[,VALUE...], e.g. env,stage=prod,live");
    }
  }

  /**
   * The settings from environment variables, over the defaults.
   *
   * @throws InvalidSettingException naming a variable whose value cannot be used
   */
  public static ExecutionSettings from(Map<String, String> env) {
    return new ExecutionSettings(
        (int) number(env, MAX_PLAN_STEPS, DEFAULT.maxPlanSteps()),
        number(env, MAX_STEP_ARGUMENT_BYTES, DEFAULT.maxStepArgumentBytes()),
        text(env, PRODUCTION_TAGS, DEFAULT.productionTags()));
  }

  private static long number(Map<String, String> env, String name, long fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(value.trim());
      if (parsed < 1 || parsed > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new InvalidSettingException(name, value, "expected a positive whole number");
    }
  }

  private static String text(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
