package se.regionkarta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The model is plain Java: model packages and the snapshot use only the JDK and other model
 * packages (docs/style: "model/ imports only java.*"), and only the composition root uses the CLI.
 */
@AnalyzeClasses(packages = "se.regionkarta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {"se.regionkarta..model..", "se.regionkarta.snapshot.."};

    @ArchTest
    static final ArchRule modelUsesOnlyJavaAndModels = classes()
            .that().resideInAnyPackage(PURE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "se.regionkarta..model..", "se.regionkarta.snapshot..")
            .as("model packages and the snapshot depend only on java.* and model packages");

    @ArchTest
    static final ArchRule modelUsesNoFramework = noClasses()
            .that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("javax..", "com.fasterxml..", "org.jdbi..",
                    "org.flywaydb..", "com.networknt..", "picocli..", "org.apache..", "io.javalin..", "com.zaxxer..",
                    "org.slf4j..")
            .as("model packages and the snapshot use no library or framework");

    @ArchTest
    static final ArchRule onlyTheApplicationUsesTheCli = noClasses()
            .that().resideOutsideOfPackages("se.regionkarta.cli..", "se.regionkarta")
            .should().dependOnClassesThat().resideInAPackage("se.regionkarta.cli..")
            .as("no package but the composition root (se.regionkarta) depends on the CLI");
}
