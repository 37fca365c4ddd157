package io.cloudops.jenkins.packaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the .hpi bundles, given hpi/pom.xml and the core's dependency tree, and what is wrong with
 * it: a library the core needs that is neither bundled nor provided by Jenkins or a declared API
 * plugin, a bundled library a plugin provides too, a strict list that is not the bundled set.
 */
final class HpiBundle {

  static final String CORE = "io.cloudops:cloudops-core";
  private static final Set<String> SHIPPED_SCOPES = Set.of("compile", "runtime");

  /** The reactor module that lists the embeddings plugin's libraries (type pom). */
  static final String SEMANTIC = "io.cloudops:cloudops-semantic";

  private final HpiPom pom;
  private final DependencyTree.Node core;
  private final Set<String> bundled = new TreeSet<>();

  /** The steps plugin: the core's jar and what it needs, from a tree that has the core in it. */
  HpiBundle(HpiPom pom, List<DependencyTree.Node> tree) {
    this(
        pom,
        tree.stream()
            .filter(n -> n.coordinates().equals(CORE))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(CORE + " is not in the tree")),
        true);
  }

  /**
   * The embeddings plugin: what {@code cloudops-semantic} (a pom, no jar of its own) needs, from
   * its own tree's first-level nodes.
   */
  static HpiBundle embeddings(HpiPom pom, List<DependencyTree.Node> semanticTree) {
    String[] id = SEMANTIC.split(":");
    return new HpiBundle(
        pom, new DependencyTree.Node(id[0], id[1], "compile", semanticTree), false);
  }

  private HpiBundle(HpiPom pom, DependencyTree.Node root, boolean rootIsJar) {
    this.pom = pom;
    this.core = root;
    index(root);
    if (rootIsJar) {
      bundled.add(root.coordinates());
    }
    walk(core, pom.dependencies().getOrDefault(root.coordinates(), List.of()));
    for (Map.Entry<String, List<Exclusion>> declared : pom.dependencies().entrySet()) {
      for (DependencyTree.Node node : find(core, declared.getKey())) {
        bundled.add(node.coordinates());
        walk(node, declared.getValue());
      }
    }
  }

  /** {@code group:artifact} of every library the .hpi bundles, the core included. */
  Set<String> bundled() {
    return bundled;
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    Set<String> needed = new LinkedHashSet<>();
    collect(core, needed);
    needed.removeAll(pom.unpacked()); // in the plugin's own jar
    for (String library : needed) {
      List<String> providers = providers(library);
      if (!bundled.contains(library) && providers.isEmpty()) {
        problems.add(library + " is neither bundled nor provided by Jenkins or a declared plugin");
      }
      if (bundled.contains(library) && !providers.isEmpty()) {
        problems.add(library + " is bundled although " + providers + " provides it");
      }
    }
    Set<String> bundledIds = new TreeSet<>();
    bundled.forEach(b -> bundledIds.add(b.substring(b.indexOf(':') + 1)));
    Set<String> unlisted = new TreeSet<>(bundledIds);
    unlisted.removeAll(pom.strictList());
    Set<String> notBundled = new TreeSet<>(pom.strictList());
    notBundled.removeAll(bundledIds);
    if (!unlisted.isEmpty()) {
      problems.add("bundled but not in hpi.bundledArtifacts: " + unlisted);
    }
    if (!notBundled.isEmpty()) {
      problems.add("in hpi.bundledArtifacts but not bundled: " + notBundled);
    }
    return problems;
  }

  private List<String> providers(String library) {
    DependencyTree.Node probe = node(library);
    List<String> providers = new ArrayList<>();
    if (ApiPlugins.JENKINS_CORE.stream().anyMatch(p -> p.matches(probe))) {
      providers.add("Jenkins core");
    }
    ApiPlugins.PROVIDED.forEach(
        (plugin, libraries) -> {
          if (pom.dependencies().containsKey(plugin)
              && libraries.stream().anyMatch(p -> p.matches(probe))) {
            providers.add(plugin);
          }
        });
    return providers;
  }

  /**
   * The children of each artifact, from whichever of its nodes has them: a verbose tree lists an
   * artifact's dependencies once and marks its other places "omitted for duplicate", and an
   * exclusion may cut off the place that lists them.
   */
  private final Map<String, List<DependencyTree.Node>> children = new HashMap<>();

  private void index(DependencyTree.Node node) {
    for (DependencyTree.Node child : node.children()) {
      if (!child.children().isEmpty()) {
        children.putIfAbsent(child.coordinates(), child.children());
      }
      index(child);
    }
  }

  private List<DependencyTree.Node> childrenOf(DependencyTree.Node node) {
    return node == core ? node.children() : children.getOrDefault(node.coordinates(), List.of());
  }

  /** Records the node's shipped descendants that no exclusion cuts off. */
  private void walk(DependencyTree.Node node, List<Exclusion> exclusions) {
    for (DependencyTree.Node child : childrenOf(node)) {
      if (SHIPPED_SCOPES.contains(child.scope())
          && exclusions.stream().noneMatch(e -> e.matches(child))
          && bundled.add(child.coordinates())) {
        walk(child, exclusions);
      }
    }
  }

  /**
   * Records the node's shipped descendants; below a library that Jenkins or a plugin provides, what
   * it needs is that provider's business (Jenkins core's Guava comes without j2objc-annotations).
   */
  private void collect(DependencyTree.Node node, Set<String> into) {
    for (DependencyTree.Node child : childrenOf(node)) {
      if (SHIPPED_SCOPES.contains(child.scope())
          && into.add(child.coordinates())
          && providers(child.coordinates()).isEmpty()) {
        collect(child, into);
      }
    }
  }

  private static List<DependencyTree.Node> find(DependencyTree.Node node, String coordinates) {
    List<DependencyTree.Node> found = new ArrayList<>();
    for (DependencyTree.Node child : node.children()) {
      if (child.coordinates().equals(coordinates)) {
        found.add(child);
      }
      found.addAll(find(child, coordinates));
    }
    return found;
  }

  private static DependencyTree.Node node(String coordinates) {
    String[] parts = coordinates.split(":");
    return new DependencyTree.Node(parts[0], parts[1], "compile", List.of());
  }
}
