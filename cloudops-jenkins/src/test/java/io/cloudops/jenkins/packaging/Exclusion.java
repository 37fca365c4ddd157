package io.cloudops.jenkins.packaging;

/**
 * A Maven exclusion or provided-artifact pattern: {@code group:artifact}, artifact may be {@code
 * *}.
 */
record Exclusion(String groupId, String artifactId) {

  static Exclusion of(String coordinates) {
    String[] parts = coordinates.split(":");
    return new Exclusion(parts[0], parts[1]);
  }

  boolean matches(DependencyTree.Node node) {
    return groupId.equals(node.groupId())
        && ("*".equals(artifactId) || artifactId.equals(node.artifactId()));
  }
}
