package io.cloudops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import hudson.model.Run;
import org.junit.jupiter.api.Test;

/** The core library stays free of Jenkins, and its model depends on no engine package. */
class CoreArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.cloudops");

  static final ArchRule NO_JENKINS =
      noClasses()
          .that()
          .resideInAPackage("io.cloudops..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke.stapler..", "io.jenkins..")
          .because("the core is a plain library that the CLI uses too");

  static final ArchRule MODEL_IS_A_LEAF =
      noClasses()
          .that()
          .resideInAPackage("io.cloudops.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.cloudops.scan..",
              "io.cloudops.store..",
              "io.cloudops.ask..",
              "io.cloudops.execute..",
              "io.cloudops.crypto..",
              "io.cloudops.backup..",
              "io.cloudops.config..")
          .because("the domain model is shared by every engine and depends on none");

  @Test
  void core_hasNoJenkinsDependency() {
    NO_JENKINS.check(CORE);
  }

  @Test
  void model_dependsOnNoEnginePackage() {
    MODEL_IS_A_LEAF.check(CORE);
  }

  @Test
  void noJenkinsRule_failsForAClassThatUsesJenkins() {
    JavaClasses offender = new ClassFileImporter().importClasses(UsesJenkins.class);

    EvaluationResult result = NO_JENKINS.evaluate(offender);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("hudson.model.Run");
  }

  /** A deliberate offender, imported only by the test above. */
  static final class UsesJenkins {
    Run run() {
      return new Run();
    }
  }
}
