package dev.kujira.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Checks the one rule of the module layout (style C1, C9): lessons, web and cli see only the
 * engine's facade and API, and only engine.util touches real time and randomness; and no
 * package depends on itself through others (each package is a slice: a cycle between two
 * packages means neither can be read, tested or moved alone).
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.kujira");

  @Test
  void clients_useOnlyTheEngineApi() {
    noClasses().that().resideInAnyPackage("dev.kujira.lessons..", "dev.kujira.web..", "dev.kujira.cli..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.kujira.engine..")
            .and(JavaClass.Predicates.resideOutsideOfPackages("dev.kujira.engine", "dev.kujira.engine.api..")))
        .check(CLASSES);
  }

  @Test
  void onlyUtil_readsTheRealClockOrRandomness() {
    noClasses().that().resideInAPackage("dev.kujira.engine..").and().resideOutsideOfPackage("dev.kujira.engine.util..")
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callConstructor(java.util.Random.class)
        .orShould().callMethod(java.util.UUID.class, "randomUUID")
        .check(CLASSES);
  }

  @Test
  void packages_areFreeOfCycles() {
    slices().matching("dev.kujira.(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
