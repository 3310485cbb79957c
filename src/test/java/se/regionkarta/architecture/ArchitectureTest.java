package se.regionkarta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The model is plain Java: model packages and the snapshot use only the JDK and other model
 * packages (docs/style: "model/ imports only java.*"), and the exact decimals both money models
 * share ({@code exact}), which are plain Java too. The fast CSV reading both money engines share
 * ({@code fastcsv}) uses only the JDK, so that no engine's domain leaks into the other's. Only the
 * composition root uses the CLI.
 */
@AnalyzeClasses(packages = "se.regionkarta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {"se.regionkarta..model..", "se.regionkarta.snapshot..", "se.regionkarta.exact.."};

    @ArchTest
    static final ArchRule modelUsesOnlyJavaAndModels = classes()
            .that().resideInAnyPackage(PURE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "se.regionkarta..model..", "se.regionkarta.snapshot..", "se.regionkarta.exact..")
            .as("model packages, the snapshot and exact decimals depend only on java.*, model packages and exact decimals");

    @ArchTest
    static final ArchRule modelUsesNoFramework = noClasses()
            .that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("javax..", "com.fasterxml..", "org.jdbi..",
                    "org.flywaydb..", "com.networknt..", "picocli..", "org.apache..", "io.javalin..", "com.zaxxer..",
                    "org.slf4j..")
            .as("model packages, the snapshot and exact decimals use no library or framework");

    @ArchTest
    static final ArchRule fastCsvUsesOnlyJava = classes()
            .that().resideInAPackage("se.regionkarta.fastcsv..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "se.regionkarta.fastcsv..")
            .as("the shared fast CSV reading depends only on java.*");

    @ArchTest
    static final ArchRule onlyTheApplicationUsesTheCli = noClasses()
            .that().resideOutsideOfPackages("se.regionkarta.cli..", "se.regionkarta")
            .should().dependOnClassesThat().resideInAPackage("se.regionkarta.cli..")
            .as("no package but the composition root (se.regionkarta) depends on the CLI");
}
