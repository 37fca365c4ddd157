package io.cloudops.jenkins.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verbose {@code dependency:tree} (every path, duplicates included) as nodes with their children.
 */
final class DependencyTree {

  private static final Pattern LINE =
      Pattern.compile("^([| ]*)[+\\\\]- \\(?([^:\\s]+):([^:\\s]+):[^:\\s]+:[^:\\s]+:([a-z]+).*$");

  /** One artifact on one path. */
  record Node(String groupId, String artifactId, String scope, List<Node> children) {
    String coordinates() {
      return groupId + ":" + artifactId;
    }
  }

  private DependencyTree() {}

  /** The tree's first-level nodes (the project's own dependencies). */
  static List<Node> parse(List<String> lines) {
    List<Node> roots = new ArrayList<>();
    List<Node> path = new ArrayList<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      int depth = m.group(1).length() / 3;
      Node node = new Node(m.group(2), m.group(3), m.group(4), new ArrayList<>());
      while (path.size() > depth) {
        path.remove(path.size() - 1);
      }
      (depth == 0 ? roots : path.get(depth - 1).children()).add(node);
      path.add(node);
    }
    return roots;
  }
}
