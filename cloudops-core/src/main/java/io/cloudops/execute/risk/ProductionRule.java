package io.cloudops.execute.risk;

import io.cloudops.InvalidInputException;
import java.util.Map;
import java.util.Objects;

/**
 * Marks a resource as production by one of its tags, e.g. {@code env=prod}. The key matches
 * exactly, the value ignoring case.
 */
public record ProductionRule(String tagKey, String tagValue) {

  /** The default rule: {@code env=prod}. */
  public static final ProductionRule ENV_PROD = new ProductionRule("env", "prod");

  public ProductionRule {
    Objects.requireNonNull(tagKey, "tagKey");
    Objects.requireNonNull(tagValue, "tagValue");
  }

  /** Parses {@code key=value}. */
  public static ProductionRule parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new InvalidInputException(
          "production rule '" + text + "' is invalid: expected TAG=VALUE, e.g. env=prod");
    }
    return new ProductionRule(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
  }

  /** Whether a resource with these tags is production. */
  public boolean matches(Map<String, String> tags) {
    String value = tags.get(tagKey);
    return value != null && value.trim().equalsIgnoreCase(tagValue);
  }

  @Override
  public String toString() {
    return tagKey + "=" + tagValue;
  }
}
