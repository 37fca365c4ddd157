package io.cloudops.execute.risk;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.model.ExecutionStep;
import io.cloudops.model.StepKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The resources a step names: values of options and parameters that identify resources ({@code
 * --instance-ids}, {@code --bucket}, {@code RoleName}, {@code Resources}...) and any value that
 * looks like an AWS resource id ({@code i-0abc...}, {@code vol-...}) or an ARN.
 */
public final class StepTargets {

  /** Ids with AWS's well-known prefixes, and ARNs. */
  private static final Pattern RESOURCE_ID =
      Pattern.compile(
          "^(arn:aws[a-z-]*:.+|(i|vol|snap|ami|sg|subnet|vpc|eni|igw|nat|rtb|acl|eipalloc|lt|pcx"
              + "|tgw|vpce|fs|db|cluster|key)-[0-9a-zA-Z]{4,})$");

  private static final List<String> ID_SUFFIXES =
      List.of(
          "id",
          "ids",
          "name",
          "names",
          "arn",
          "arns",
          "identifier",
          "identifiers",
          "url",
          "resources",
          "resource",
          "bucket");

  private static final Set<String> NOT_TARGETS =
      Set.of(
          "region",
          "output",
          "query",
          "profile",
          "client-token",
          "clienttoken",
          "key-name",
          "keyname",
          "instance-type",
          "instancetype",
          "dry-run",
          "dryrun");

  private StepTargets() {}

  /** The ids and ARNs a step names, in order, without duplicates. */
  public static List<String> of(ExecutionStep step) {
    Set<String> targets = new LinkedHashSet<>();
    if (step.kind() == StepKind.AWS_CLI) {
      fromCliArgs(step.args(), targets);
    } else if (step.kind() == StepKind.AWS_SDK && step.params() != null) {
      fromParams(step.params(), targets, true);
    }
    return new ArrayList<>(targets);
  }

  private static void fromCliArgs(List<String> args, Set<String> targets) {
    String option = null;
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        option = (eq < 0 ? arg.substring(2) : arg.substring(2, eq)).toLowerCase(Locale.ROOT);
        if (eq >= 0) {
          addValue(option, arg.substring(eq + 1), targets);
        }
      } else {
        addValue(option, arg, targets);
      }
    }
  }

  private static void addValue(String option, String value, Set<String> targets) {
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      return;
    }
    if (RESOURCE_ID.matcher(trimmed).matches()) {
      targets.add(trimmed);
      return;
    }
    if (option != null && namesResources(option) && isScalar(trimmed)) {
      for (String part : trimmed.split(",")) {
        if (!part.isBlank() && !part.contains("=")) {
          targets.add(part.trim());
        }
      }
    }
  }

  /**
   * Top-level members are judged by name and value; nested ones (Tags, Filters) only by value, so
   * that a filter's {@code Name} is not taken for a resource.
   */
  private static void fromParams(JsonNode node, Set<String> targets, boolean topLevel) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey().toLowerCase(Locale.ROOT);
      JsonNode value = field.getValue();
      if (value.isTextual()) {
        addParam(name, value.asText(), targets, topLevel);
      } else if (value.isArray()) {
        for (JsonNode element : value) {
          if (element.isTextual()) {
            addParam(name, element.asText(), targets, topLevel);
          } else if (element.isObject()) {
            fromParams(element, targets, false);
          }
        }
      } else if (value.isObject()) {
        fromParams(value, targets, false);
      }
    }
  }

  private static void addParam(String name, String value, Set<String> targets, boolean byName) {
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      return;
    }
    if (RESOURCE_ID.matcher(trimmed).matches() || (byName && namesResources(name))) {
      targets.add(trimmed);
    }
  }

  private static boolean namesResources(String option) {
    if (NOT_TARGETS.contains(option)) {
      return false;
    }
    for (String suffix : ID_SUFFIXES) {
      if (option.equals(suffix)
          || option.endsWith("-" + suffix)
          || (option.length() > suffix.length() && option.endsWith(suffix))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isScalar(String value) {
    return !(value.startsWith("{") || value.startsWith("["));
  }
}
