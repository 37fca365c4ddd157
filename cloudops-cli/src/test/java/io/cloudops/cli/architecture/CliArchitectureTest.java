package io.cloudops.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.cloudops.cli.CloudOpsCli;
import io.cloudops.cli.demo.fixture.UsesACommand;
import org.junit.jupiter.api.Test;

/**
 * The CLI sits on the core: its commands ({@code cli}) use their helpers ({@code cli.console},
 * {@code cli.demo}), never the other way round, and no package cycle spans the CLI and the core.
 */
class CliArchitectureTest {

  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.cloudops");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("io.cloudops.(**)").should().beFreeOfCycles();

  static final ArchRule CORE_DOES_NOT_KNOW_THE_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.cloudops.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.cloudops.cli..")
          .because("the core is shared with the Jenkins plugin");

  static final ArchRule HELPERS_DO_NOT_USE_THE_COMMANDS =
      noClasses()
          .that()
          .resideInAnyPackage("io.cloudops.cli.console..", "io.cloudops.cli.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.cloudops.cli")
          .because("the commands are the top of the CLI");

  private static void assertHolds(ArchRule rule, JavaClasses classes) {
    EvaluationResult result = rule.evaluate(classes);
    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @Test
  void packages_haveNoCycles() {
    assertHolds(NO_PACKAGE_CYCLES, ALL);
  }

  @Test
  void theCore_doesNotKnowTheCli() {
    assertThat(ALL.containPackage("io.cloudops.store")).isTrue();
    assertHolds(CORE_DOES_NOT_KNOW_THE_CLI, ALL);
  }

  @Test
  void commandHelpers_doNotUseTheCommands() {
    assertThat(ALL.containPackage("io.cloudops.cli.console")).isTrue();
    assertHolds(HELPERS_DO_NOT_USE_THE_COMMANDS, ALL);
  }

  @Test
  void theHelperRule_failsForAHelperThatUsesACommand() {
    JavaClasses offender = new ClassFileImporter().importClasses(UsesACommand.class);

    EvaluationResult result = HELPERS_DO_NOT_USE_THE_COMMANDS.evaluate(offender);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(CloudOpsCli.class.getName());
  }
}
