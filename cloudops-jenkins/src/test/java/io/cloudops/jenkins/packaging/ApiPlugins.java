package io.cloudops.jenkins.packaging;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which libraries Jenkins core and the API plugins put on a plugin's class path, as their sources
 * say (the versions in plugin BOM 6916.v15ec97679743, jenkinsci/bom d2cd31e).
 */
final class ApiPlugins {

  private static final String SDK = "software.amazon.awssdk:";

  /**
   * Jenkins core 2.541.3 (jenkinsci/jenkins 4d8ef2f, core/pom.xml): Guava with its failureaccess,
   * listenablefuture and jspecify (error_prone_annotations, j2objc-annotations and checker-qual
   * excluded), commons-codec, commons-io, JNA, slf4j-api (through jcl-over-slf4j).
   */
  static final List<Exclusion> JENKINS_CORE =
      patterns(
          "com.google.guava:guava",
          "com.google.guava:failureaccess",
          "com.google.guava:listenablefuture",
          "org.jspecify:jspecify",
          "commons-codec:commons-codec",
          "commons-io:commons-io",
          "net.java.dev.jna:jna",
          "org.slf4j:slf4j-api");

  /**
   * Per plugin ({@code group:artifact}): the libraries it ships. aws-java-sdk2-*: their
   * hpi.bundledArtifacts at jenkinsci/aws-java-sdk2-plugin 2.42.33-70.vd69c0763fa_60 (d69c076);
   * netty-nio-client's plugin depends on netty-api for io.netty. jackson2-api: jenkinsci/
   * jackson2-api-plugin bb43658 pom.xml (jackson-annotations through jackson-annotations2-api).
   * bouncycastle-api: jenkinsci/bouncycastle-api-plugin 9f17b21 hpi.bundledArtifacts.
   */
  static final Map<String, List<Exclusion>> PROVIDED =
      Map.ofEntries(
          Map.entry(
              "io.jenkins.plugins.aws-java-sdk2:aws-java-sdk2-core",
              Stream.concat(
                      sdk(
                          "annotations",
                          "apache-client",
                          "arns",
                          "auth",
                          "aws-cbor-protocol",
                          "aws-core",
                          "aws-json-protocol",
                          "aws-query-protocol",
                          "aws-xml-protocol",
                          "checksums",
                          "checksums-spi",
                          "endpoints-spi",
                          "eventstream",
                          "http-auth",
                          "http-auth-aws",
                          "http-auth-aws-eventstream",
                          "http-auth-spi",
                          "http-client-spi",
                          "identity-spi",
                          "json-utils",
                          "metrics-spi",
                          "profiles",
                          "protocol-core",
                          "regions",
                          "retries",
                          "retries-spi",
                          "sdk-core",
                          "sts",
                          "third-party-jackson-core",
                          "third-party-jackson-dataformat-cbor",
                          "utils",
                          "utils-lite")
                          .stream(),
                      patterns("org.reactivestreams:reactive-streams").stream())
                  .toList()),
          service("cloudformation"),
          service("ec2"),
          service("ecs"),
          service("elasticloadbalancingv2"),
          service("iam"),
          service("lambda"),
          service("sns"),
          service("sqs"),
          Map.entry(
              "io.jenkins.plugins.aws-java-sdk2:aws-java-sdk2-s3",
              sdk("s3", "s3-transfer-manager")),
          Map.entry("io.jenkins.plugins.aws-java-sdk2:aws-java-sdk2-sso", sdk("sso", "ssooidc")),
          Map.entry(
              "io.jenkins.plugins.aws-java-sdk2:aws-java-sdk2-netty-nio-client",
              patterns(SDK + "netty-nio-client", "io.netty:*")),
          Map.entry(
              "org.jenkins-ci.plugins:jackson2-api",
              patterns(
                  "com.fasterxml.jackson.core:jackson-annotations",
                  "com.fasterxml.jackson.core:jackson-core",
                  "com.fasterxml.jackson.core:jackson-databind",
                  "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
                  "com.fasterxml.jackson.datatype:jackson-datatype-jdk8")),
          Map.entry(
              "org.jenkins-ci.plugins:bouncycastle-api",
              patterns(
                  "org.bouncycastle:bcpg-jdk18on",
                  "org.bouncycastle:bcpkix-jdk18on",
                  "org.bouncycastle:bcprov-jdk18on",
                  "org.bouncycastle:bcutil-jdk18on")));

  private ApiPlugins() {}

  private static Map.Entry<String, List<Exclusion>> service(String module) {
    return Map.entry("io.jenkins.plugins.aws-java-sdk2:aws-java-sdk2-" + module, sdk(module));
  }

  private static List<Exclusion> sdk(String... modules) {
    return Stream.of(modules).map(m -> Exclusion.of(SDK + m)).toList();
  }

  private static List<Exclusion> patterns(String... coordinates) {
    return Stream.of(coordinates).map(Exclusion::of).toList();
  }
}
