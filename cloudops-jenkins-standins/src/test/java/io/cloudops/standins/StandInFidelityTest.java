package io.cloudops.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every public or protected type and member of the stand-ins exists in the real Jenkins API, as
 * listed in {@code shared/jenkins-api/signatures.txt} (+ {@code jenkins-api-supplement.txt}).
 */
class StandInFidelityTest {

  private static final String OWN_HOOKS = "io/cloudops/standins/";

  private static SignatureListing listing;
  private static List<Path> sources;
  private static Set<String> standInTypes;

  @BeforeAll
  static void load() throws IOException {
    Path signatures = Path.of(property("cloudops.jenkinsApi.signatures"));
    if (!Files.isRegularFile(signatures)) {
      String message = "SKIPPED (no Jenkins API listing at " + signatures + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + ": CI must check the stand-ins; put shared/ beside the clone");
      }
      System.err.println(message);
      Assumptions.abort(message);
    }
    List<Path> files = new ArrayList<>(List.of(signatures));
    Path supplement = Path.of(property("cloudops.jenkinsApi.supplement"));
    if (Files.isRegularFile(supplement)) {
      files.add(supplement);
    }
    listing = SignatureListing.read(files);
    List<Path> found = new ArrayList<>();
    for (String root : property("cloudops.standins.sources").split(File.pathSeparator)) {
      found.addAll(javaSources(Path.of(root)));
    }
    sources = List.copyOf(found);
    standInTypes = new HashSet<>();
    for (Path source : sources) {
      standInTypes.addAll(StandInChecker.declaredTypes(Files.readString(source)));
    }
  }

  @Test
  void everyStandInMember_existsInTheRealApi() throws IOException {
    StandInChecker checker = new StandInChecker(listing, standInTypes);
    List<String> problems = new ArrayList<>();
    for (Path source : sources) {
      checker
          .check(Files.readString(source))
          .forEach(p -> problems.add(source.getFileName() + ": " + p));
    }
    assertThat(sources).hasSizeGreaterThan(30);
    assertThat(problems).as("stand-in members that the real Jenkins API lacks").isEmpty();
  }

  @Test
  void check_reportsAnInventedMethod() {
    String invented =
        """
        package hudson.model;

        public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
          protected Run(JobT job, long timestamp) {}
          public int getNumber() { return 0; }
          public String getSecretToken() { return ""; }
        }
        """;
    List<String> problems = new StandInChecker(listing, standInTypes).check(invented);
    assertThat(problems)
        .containsExactly(
            "hudson.model.Run: method java.lang.String getSecretToken() is not in the listing");
  }

  @Test
  void check_reportsAWrongParameterTypeAndAnInventedType() {
    String wrong =
        """
        package hudson;

        public class EnvVars extends java.util.TreeMap<String, String> {
          public EnvVars() {}
          public String get(String key, Object defaultValue) { return null; }
        }
        """;
    String inventedType = "package hudson.model; public class CloudOpsHelper {}";
    StandInChecker checker = new StandInChecker(listing, standInTypes);

    assertThat(checker.check(wrong))
        .containsExactly(
            "hudson.EnvVars: method java.lang.String get(java.lang.String,java.lang.Object) is not in"
                + " the listing");
    assertThat(checker.check(inventedType))
        .containsExactly("type hudson.model.CloudOpsHelper is not in the listing");
  }

  @Test
  void check_reportsAnInventedSupertype() {
    String wrong =
        """
        package hudson;

        public class AbortException extends RuntimeException {
          public AbortException() {}
        }
        """;

    assertThat(new StandInChecker(listing, standInTypes).check(wrong))
        .containsExactly(
            "hudson.AbortException: supertype java.lang.RuntimeException is not a supertype of the"
                + " real type");
  }

  @Test
  void check_acceptsInheritedAndTypeVariableSignatures() {
    String source =
        """
        package jenkins.model;

        import hudson.model.Descriptor;
        import hudson.security.AccessControlled;
        import hudson.security.Permission;

        public class Jenkins implements AccessControlled {
          private Jenkins() {}
          public boolean hasPermission(Permission permission) { return false; }
          @SuppressWarnings("rawtypes")
          public <T extends Descriptor> T getDescriptorByType(Class<T> type) { return null; }
        }
        """;
    assertThat(new StandInChecker(listing, standInTypes).check(source)).isEmpty();
  }

  /** The stand-in sources under one source root, without the project's own test hooks. */
  private static List<Path> javaSources(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !root.relativize(p).toString().replace('\\', '/').startsWith(OWN_HOOKS))
          .sorted()
          .toList();
    }
  }

  @Test
  void theTestHarnessStandIns_areChecked() {
    assertThat(standInTypes)
        .as("cloudops-jenkins-test-standins is listed in cloudops.standins.sources")
        .contains(
            "org.jvnet.hudson.test.JenkinsRule", "org.jenkinsci.plugins.workflow.job.WorkflowRun");
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set; run the test through Maven");
    }
    return value;
  }
}
