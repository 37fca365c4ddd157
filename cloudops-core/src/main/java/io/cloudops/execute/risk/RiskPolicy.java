package io.cloudops.execute.risk;

import io.cloudops.config.ExecutionSettings;
import java.util.List;

/**
 * What raises a step's risk by one level.
 *
 * @param productionRules a step that targets a resource matching any of these is raised
 * @param manyResources a step that targets more than this many resources is raised
 */
public record RiskPolicy(List<ProductionRule> productionRules, int manyResources) {

  /** {@link ProductionRule#DEFAULT}, more than 10 resources. */
  public static final RiskPolicy DEFAULT = new RiskPolicy(List.of(ProductionRule.DEFAULT), 10);

  /** The default policy with the production tags of these settings. */
  public static RiskPolicy of(ExecutionSettings settings) {
    return new RiskPolicy(
        List.of(ProductionRule.parse(settings.productionTags())), DEFAULT.manyResources());
  }

  public RiskPolicy {
    productionRules = List.copyOf(productionRules);
    if (manyResources < 1) {
      throw new IllegalArgumentException("manyResources must be positive: " + manyResources);
    }
  }
}
