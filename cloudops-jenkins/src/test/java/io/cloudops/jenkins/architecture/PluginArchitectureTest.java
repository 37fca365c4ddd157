package io.cloudops.jenkins.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.cloudops.jenkins.DefaultJenkinsFacade;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;

/**
 * The plugin is a thin shell: it may use the core, but makes no AWS service calls itself and
 * reaches Jenkins' singleton only through its facade; the core stays free of Jenkins.
 */
class PluginArchitectureTest {

  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.cloudops");

  static final ArchRule NO_AWS_SERVICE_CALLS_IN_THE_PLUGIN =
      noClasses()
          .that()
          .resideInAPackage("io.cloudops.jenkins..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("software.amazon.awssdk.services..")
          .because("steps hand over to the core (scanner, engine); they make no AWS calls");

  static final ArchRule JENKINS_SINGLETON_ONLY_IN_THE_FACADE =
      noClasses()
          .that()
          .resideInAPackage("io.cloudops.jenkins..")
          .and()
          .doNotHaveFullyQualifiedName(DefaultJenkinsFacade.class.getName())
          .should()
          .callMethod(Jenkins.class, "get")
          .because("Jenkins is reached through the injectable JenkinsFacade");

  static final ArchRule CORE_HAS_NO_JENKINS =
      noClasses()
          .that()
          .resideInAPackage("io.cloudops..")
          .and()
          .resideOutsideOfPackages("io.cloudops.jenkins..", "io.cloudops.standins..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "hudson..",
              "jenkins..",
              "org.jenkinsci..",
              "org.kohsuke.stapler..",
              "com.cloudbees..",
              "io.jenkins..")
          .because("the core is a plain library that the CLI uses too");

  static final ArchRule SEAMS_DO_NOT_KNOW_THE_STEPS =
      noClasses()
          .that()
          .resideInAnyPackage("io.cloudops.jenkins.spi..", "io.cloudops.jenkins.credentials..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.cloudops.jenkins.ask..",
              "io.cloudops.jenkins.scan..",
              "io.cloudops.jenkins.execute..")
          .because("the seams and credential resolution are shared by every step");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("io.cloudops.(**)")
          .should()
          .beFreeOfCycles()
          .because("a package cycle means neither package can change or be understood alone");

  /**
   * The plugin's layers, top to bottom: the steps and pages; the services a step gets; the core
   * engines behind them; the seams (what a step asks for, where it runs, with which credentials);
   * the base (the Jenkins facade, settings, build log). docs/architecture.md draws them.
   */
  static final ArchRule PLUGIN_LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Steps")
          .definedBy(
              "io.cloudops.jenkins.ask..",
              "io.cloudops.jenkins.scan..",
              "io.cloudops.jenkins.execute..",
              "io.cloudops.jenkins.backup..",
              "io.cloudops.jenkins.console..")
          .layer("Services")
          .definedBy("io.cloudops.jenkins.services..")
          .layer("Engines")
          .definedBy("io.cloudops.jenkins.engines..")
          .layer("Seams")
          .definedBy(
              "io.cloudops.jenkins.spi..",
              "io.cloudops.jenkins.agent..",
              "io.cloudops.jenkins.credentials..")
          .layer("Base")
          .definedBy("io.cloudops.jenkins")
          .whereLayer("Steps")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Services")
          .mayOnlyBeAccessedByLayers("Steps")
          .whereLayer("Engines")
          .mayOnlyBeAccessedByLayers("Steps", "Services")
          .whereLayer("Seams")
          .mayOnlyBeAccessedByLayers("Steps", "Services", "Engines")
          .because("steps use services, services wire engines, engines implement the seams");

  @Test
  void packages_haveNoCycles() {
    NO_PACKAGE_CYCLES.check(ALL);
  }

  @Test
  void pluginPackages_dependDownwardsOnly() {
    PLUGIN_LAYERS.check(ALL);
  }

  @Test
  void seamsAndSteps_areLayered() {
    SEAMS_DO_NOT_KNOW_THE_STEPS.check(ALL);
    noClasses()
        .that()
        .resideInAPackage("io.cloudops.jenkins.ask..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.cloudops.jenkins.scan..", "io.cloudops.jenkins.execute..")
        .check(ALL);
    noClasses()
        .that()
        .resideInAPackage("io.cloudops.jenkins.scan..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.cloudops.jenkins.ask..", "io.cloudops.jenkins.execute..")
        .check(ALL);
  }

  @Test
  void plugin_makesNoAwsServiceCalls() {
    NO_AWS_SERVICE_CALLS_IN_THE_PLUGIN.check(ALL);
  }

  @Test
  void plugin_reachesJenkinsOnlyThroughTheFacade() {
    JENKINS_SINGLETON_ONLY_IN_THE_FACADE.check(ALL);
  }

  @Test
  void core_stillHasNoJenkinsDependency() {
    assertThat(ALL.containPackage("io.cloudops.ask")).isTrue();
    assertThat(ALL.containPackage("io.cloudops.jenkins.execute")).isTrue();
    CORE_HAS_NO_JENKINS.check(ALL);
  }

  @Test
  void theRules_failForAnOffender() {
    JavaClasses offender = new ClassFileImporter().importClasses(CallsJenkinsAndAws.class);

    assertThat(JENKINS_SINGLETON_ONLY_IN_THE_FACADE.evaluate(offender).hasViolation()).isTrue();
    assertThat(NO_AWS_SERVICE_CALLS_IN_THE_PLUGIN.evaluate(offender).hasViolation()).isTrue();
  }
}
