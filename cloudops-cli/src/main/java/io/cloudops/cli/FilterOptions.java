package io.cloudops.cli;

import io.cloudops.InvalidInputException;
import io.cloudops.model.ResourceFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/** The resource filter flags shared by {@code search}, {@code estate list} and {@code count}. */
final class FilterOptions {

  @Option(names = "--account", paramLabel = "ID", description = "Only this account (repeatable).")
  List<String> accounts = new ArrayList<>();

  @Option(names = "--region", paramLabel = "R", description = "Only this region (repeatable).")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "Only this resource type, e.g. ec2:instance (repeatable).")
  List<String> types = new ArrayList<>();

  @Option(names = "--state", paramLabel = "S", description = "Only this state (repeatable).")
  List<String> states = new ArrayList<>();

  @Option(
      names = "--tag",
      paramLabel = "KEY=VALUE",
      description = "Only resources with this tag (repeatable; all must match).")
  List<String> tags = new ArrayList<>();

  ResourceFilter toFilter() {
    Map<String, String> tagMap = new LinkedHashMap<>();
    for (String tag : tags) {
      int eq = tag.indexOf('=');
      if (eq <= 0) {
        throw new InvalidInputException(
            "--tag " + tag + " is not KEY=VALUE; write e.g. --tag env=prod");
      }
      tagMap.put(tag.substring(0, eq), tag.substring(eq + 1));
    }
    return new ResourceFilter(
        Set.copyOf(accounts), Set.copyOf(regions), Set.copyOf(types), Set.copyOf(states), tagMap);
  }
}
