package io.cloudops.execute.risk;

import io.cloudops.InvalidInputException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Marks a resource as production by one of its tags: any of the keys with any of the values, both
 * compared ignoring case and surrounding spaces ({@code Env=Prod}, {@code environment=production}
 * and {@code stage=live} all match the default).
 *
 * @param tagKeys the tag keys that name an environment, lower case
 * @param tagValues the values that mean production, lower case
 */
public record ProductionRule(Set<String> tagKeys, Set<String> tagValues) {

  /**
   * The default rule: {@code env}, {@code environment} or {@code stage} = {@code prod}, {@code
   * production} or {@code live}.
   */
  public static final ProductionRule DEFAULT = parse("env,environment,stage=prod,production,live");

  public ProductionRule {
    tagKeys = normalized(tagKeys);
    tagValues = normalized(tagValues);
    if (tagKeys.isEmpty() || tagValues.isEmpty()) {
      throw new InvalidInputException("a production rule needs at least one tag key and one value");
    }
  }

  /**
   * Parses {@code KEY[,KEY...]=VALUE[,VALUE...]}, e.g. {@code env,stage=prod,live}.
   *
   * @throws InvalidInputException saying what the form is
   */
  public static ProductionRule parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new InvalidInputException(
          "production rule '"
              + text
              + "' is invalid: expected TAG[,TAG...]=VALUE[,VALUE...], e.g. env,stage=prod,live");
    }
    return new ProductionRule(split(text.substring(0, eq)), split(text.substring(eq + 1)));
  }

  /** Whether a resource with these tags is production. */
  public boolean matches(Map<String, String> tags) {
    return match(tags).isPresent();
  }

  /** The tag that makes a resource with these tags production, as {@code key=value}. */
  public Optional<String> match(Map<String, String> tags) {
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      if (tag.getKey() != null
          && tag.getValue() != null
          && tagKeys.contains(tag.getKey().strip().toLowerCase(Locale.ROOT))
          && tagValues.contains(tag.getValue().strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(tag.getKey() + "=" + tag.getValue());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return String.join(",", tagKeys) + "=" + String.join(",", tagValues);
  }

  private static Set<String> split(String list) {
    return Arrays.stream(list.split(",")).collect(Collectors.toSet());
  }

  private static Set<String> normalized(Set<String> values) {
    return values.stream()
        .map(v -> v.strip().toLowerCase(Locale.ROOT))
        .filter(v -> !v.isEmpty())
        .collect(
            Collectors.collectingAndThen(
                Collectors.toCollection(TreeSet::new), Collections::unmodifiableSortedSet));
  }
}
