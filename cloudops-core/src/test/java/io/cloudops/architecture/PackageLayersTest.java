package io.cloudops.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.cloudops.architecture.fixture.cycle.one.First;
import io.cloudops.architecture.fixture.cycle.two.Second;
import io.cloudops.architecture.fixture.upward.model.Leaf;
import io.cloudops.architecture.fixture.upward.scan.Feature;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend downwards only: assembly ({@code datadir}, {@code console}) on
 * features, features on the store, the store on the model, everything on the foundations; and no
 * two packages depend on each other. docs/architecture.md draws these rules.
 */
class PackageLayersTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.cloudops");

  /** No cycle between any two packages (each package is its own slice). */
  static ArchRule noPackageCycles(String root) {
    return slices()
        .matching(root + ".(**)")
        .should()
        .beFreeOfCycles()
        .because("a package cycle means neither package can change or be understood alone");
  }

  /** The core's layers, top to bottom. */
  static ArchRule coreLayers(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Assembly")
        .definedBy(root + ".datadir..", root + ".console..")
        .layer("Features")
        .definedBy(root + ".scan..", root + ".ask..", root + ".execute..", root + ".backup..")
        .layer("Store")
        .definedBy(root + ".store..")
        .layer("Model")
        .definedBy(root + ".model..")
        .layer("Foundations")
        .definedBy(
            root,
            root + ".json..",
            root + ".text..",
            root + ".config..",
            root + ".crypto..",
            root + ".aws..",
            root + ".log..")
        .whereLayer("Assembly")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Features")
        .mayOnlyBeAccessedByLayers("Assembly")
        .whereLayer("Store")
        .mayOnlyBeAccessedByLayers("Assembly", "Features")
        .whereLayer("Model")
        .mayOnlyBeAccessedByLayers("Assembly", "Features", "Store")
        .because("features use the store, the store uses the model, and nothing looks up");
  }

  @Test
  void corePackages_haveNoCycles() {
    noPackageCycles("io.cloudops").check(CORE);
  }

  @Test
  void corePackages_dependDownwardsOnly() {
    coreLayers("io.cloudops").check(CORE);
  }

  @Test
  void cycleRule_failsOnTwoPackagesThatUseEachOther() {
    JavaClasses cycle = new ClassFileImporter().importClasses(First.class, Second.class);

    EvaluationResult result =
        noPackageCycles("io.cloudops.architecture.fixture.cycle").evaluate(cycle);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("Cycle detected");
  }

  @Test
  void layerRule_failsWhenTheModelUsesAFeature() {
    JavaClasses upward = new ClassFileImporter().importClasses(Leaf.class, Feature.class);

    EvaluationResult result =
        coreLayers("io.cloudops.architecture.fixture.upward").evaluate(upward);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("Leaf", "Feature");
  }
}
