package io.cloudops.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

  @Test
  void packages_haveNoCycles() {
    slices().matching("io.cloudops.(**)").should().beFreeOfCycles().check(ALL);
  }

  @Test
  void theCore_doesNotKnowTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.cloudops.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.cloudops.cli..")
        .because("the core is shared with the Jenkins plugin")
        .check(ALL);
  }

  @Test
  void commandHelpers_doNotUseTheCommands() {
    noClasses()
        .that()
        .resideInAnyPackage("io.cloudops.cli.console..", "io.cloudops.cli.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.cloudops.cli")
        .because("the commands are the top of the CLI")
        .check(ALL);
  }
}
