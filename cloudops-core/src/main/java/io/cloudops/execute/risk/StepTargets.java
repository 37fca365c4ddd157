package io.cloudops.execute.risk;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.InvalidInputException;
import io.cloudops.execute.command.CliCommandParser;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.StepKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resources a step names, read from its parameters as the service model types them (so {@code
 * --instance-ids i-1 i-2}, {@code --instance-ids '["i-1","i-2"]'} and the SDK's {@code
 * {"InstanceIds": [...]}} name the same targets): values of members that identify resources ({@code
 * InstanceIds}, {@code Bucket}, {@code RoleName}, {@code Resources}...), the bucket of any {@code
 * s3://} URI, and any value that looks like an AWS resource id ({@code i-0abc...}, {@code vol-...})
 * or an ARN.
 */
public final class StepTargets {

  /** Ids with AWS's well-known prefixes, and ARNs. */
  private static final Pattern RESOURCE_ID =
      Pattern.compile(
          "^(arn:aws[a-z-]*:.+|(i|vol|snap|ami|sg|subnet|vpc|eni|igw|nat|rtb|acl|eipalloc|lt|pcx"
              + "|tgw|vpce|fs|db|cluster|key)-[0-9a-zA-Z]{4,})$");

  /** {@code s3://bucket/key}: the bucket is the target. */
  private static final Pattern S3_URI = Pattern.compile("(?i)s3://([^/]+)(/.*)?");

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
  public static List<String> of(PlannedStep step) {
    Set<String> targets = new LinkedHashSet<>();
    if (step.kind() == StepKind.AWS_CLI) {
      try {
        fromParams(CliCommandParser.parse(step.command(), step.args()).params(), targets, true);
      } catch (InvalidInputException refused) {
        // a step that cannot be parsed never runs; the refusal is its reason
      }
    } else if (step.kind() == StepKind.AWS_SDK && step.params() != null) {
      fromParams(step.params(), targets, true);
    }
    return new ArrayList<>(targets);
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
    Matcher s3 = S3_URI.matcher(trimmed);
    if (s3.matches()) {
      targets.add(s3.group(1));
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
}
