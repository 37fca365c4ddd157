package io.cloudops.jenkins.packaging;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What {@code cloudops-jenkins/hpi/pom.xml} declares about bundling: its non-test dependencies with
 * their exclusions, and the strict list of bundled artifacts.
 */
final class HpiPom {

  private final Map<String, List<Exclusion>> dependencies;
  private final Set<String> strictList;
  private final Set<String> unpacked;
  private final Set<String> optional;

  private HpiPom(
      Map<String, List<Exclusion>> dependencies,
      Set<String> strictList,
      Set<String> unpacked,
      Set<String> optional) {
    this.dependencies = dependencies;
    this.strictList = strictList;
    this.unpacked = unpacked;
    this.optional = optional;
  }

  static HpiPom parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element project = pom.getDocumentElement();
    Map<String, List<Exclusion>> dependencies = new LinkedHashMap<>();
    Set<String> optional = new TreeSet<>();
    Element declared = child(project, "dependencies");
    for (Element dependency : children(declared, "dependency")) {
      if ("test".equals(text(dependency, "scope"))) {
        continue;
      }
      List<Exclusion> exclusions = new ArrayList<>();
      Element list = child(dependency, "exclusions");
      if (list != null) {
        for (Element exclusion : children(list, "exclusion")) {
          exclusions.add(new Exclusion(text(exclusion, "groupId"), text(exclusion, "artifactId")));
        }
      }
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      dependencies.put(coordinates, exclusions);
      if ("true".equals(text(dependency, "optional"))) {
        optional.add(coordinates);
      }
    }
    String bundled = text(child(project, "properties"), "hpi.bundledArtifacts");
    Set<String> strictList = new TreeSet<>(Arrays.asList(bundled.trim().split("\\s*,\\s*")));
    Set<String> unpacked = new TreeSet<>();
    NodeList items = pom.getElementsByTagName("artifactItem");
    for (int i = 0; i < items.getLength(); i++) {
      Element item = (Element) items.item(i);
      unpacked.add(text(item, "groupId") + ":" + text(item, "artifactId"));
    }
    return new HpiPom(dependencies, strictList, unpacked, optional);
  }

  /**
   * {@code group:artifact} of the libraries unpacked into the plugin's own jar ({@code
   * dependency:unpack} artifact items), e.g. ONNX Runtime without the natives of other platforms.
   */
  Set<String> unpacked() {
    return unpacked;
  }

  /** Whether the pom declares {@code group:artifact} as an optional dependency. */
  boolean optional(String coordinates) {
    return optional.contains(coordinates);
  }

  /** {@code group:artifact} of every non-test dependency, with its exclusions. */
  Map<String, List<Exclusion>> dependencies() {
    return dependencies;
  }

  /** {@code hpi.bundledArtifacts}: the artifact ids the .hpi may bundle, no more, no fewer. */
  Set<String> strictList() {
    return strictList;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element child = child(parent, name);
    return child == null ? null : child.getTextContent().trim();
  }
}
