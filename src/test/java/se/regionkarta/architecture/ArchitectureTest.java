package se.regionkarta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionkarta.input.BadInput;

/**
 * The shape of the code (docs/architecture.md):
 * <ul>
 *   <li>The model is plain Java: model packages, the snapshot, exact decimals and the kernel of
 *       refused input use only the JDK and each other (docs/style: "model/ imports only java.*").
 *       The fast CSV reading both money engines share uses only the JDK.</li>
 *   <li>One clock: only the composition root ({@code se.regionkarta}) reads the system's time;
 *       everything else is given a {@link Clock} in Europe/Stockholm.</li>
 *   <li>Faces by feature: a feature's web pages, API routes and commands ({@code <feature>.site},
 *       {@code .api}, {@code .cli}) use the shared kernels ({@code site}, {@code api}, {@code cli},
 *       {@code web}) and the features' queries, never another feature's faces; the kernels never
 *       reach into a feature's faces, and a feature's core (queries, readers, engines) into none.
 *       Only the composition root lists them all.</li>
 *   <li>One way to refuse input: no face catches {@link BadInput}; the API and the site answer it in
 *       {@code web.ErrorMapper} (the site's page drawn by {@code site.SiteErrors}), the command line in
 *       {@code cli.RegionkartaCommand.handle} (docs/decisions/0019).</li>
 * </ul>
 */
@AnalyzeClasses(packages = "se.regionkarta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {"se.regionkarta..model..", "se.regionkarta.snapshot..", "se.regionkarta.exact..",
        "se.regionkarta.input.."};
    /** The shared kernels of the faces: what every feature's pages, routes and commands build on. */
    private static final Set<String> KERNELS = Set.of("site", "api", "cli", "web");
    /** The faces: pages, API routes, commands and the HTTP server, in the kernels and in every feature. */
    private static final String[] FACES = {"se.regionkarta..site..", "se.regionkarta..api..", "se.regionkarta..cli..",
        "se.regionkarta..web.."};
    private static final Pattern FEATURE_FACE = Pattern.compile("se\\.regionkarta\\.(\\w+)\\.(site|api|cli)(\\..*)?");

    @ArchTest
    static final ArchRule modelUsesOnlyJavaAndModels = classes()
            .that().resideInAnyPackage(PURE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "se.regionkarta..model..", "se.regionkarta.snapshot..", "se.regionkarta.exact..",
                    "se.regionkarta.input..")
            .as("model packages, the snapshot, exact decimals and refused input depend only on java.* and each other");

    @ArchTest
    static final ArchRule modelUsesNoFramework = noClasses()
            .that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("javax..", "com.fasterxml..", "org.jdbi..",
                    "org.flywaydb..", "com.networknt..", "picocli..", "org.apache..", "io.javalin..", "com.zaxxer..",
                    "org.slf4j..")
            .as("model packages, the snapshot, exact decimals and refused input use no library or framework");

    @ArchTest
    static final ArchRule fastCsvUsesOnlyJava = classes()
            .that().resideInAPackage("se.regionkarta.fastcsv..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "se.regionkarta.fastcsv..")
            .as("the shared fast CSV reading depends only on java.*");

    @ArchTest
    static final ArchRule oneClock = noClasses()
            .that().resideOutsideOfPackage("se.regionkarta")
            .should(readTheSystemTime())
            .as("only the composition root reads the system's time; everything else is given a Clock");

    @ArchTest
    static final ArchRule facesStayInTheirFeature = classes()
            .that().resideInAPackage("se.regionkarta..")
            .should(notReachIntoAnotherFeaturesFaces())
            .as("a feature's pages, API routes and commands never use another feature's; the kernels and the features'"
                    + " cores use none");

    @ArchTest
    static final ArchRule facesDoNotCatchRefusedInput = classes()
            .that().resideInAnyPackage(FACES)
            .should(notCatchRefusedInput())
            .as("no page, API route or command catches refused input: each face answers BadInput in one place "
                    + "(web.ErrorMapper with site.SiteErrors, cli.RegionkartaCommand.handle), none of which catches it");

    /** A try block whose catch clause names {@link BadInput}: a handler that answers refused input itself. */
    private static ArchCondition<JavaClass> notCatchRefusedInput() {
        return new ArchCondition<>("not catch BadInput") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaCodeUnit unit : item.getCodeUnits()) {
                    for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                        if (block.getCaughtThrowables().stream().anyMatch(t -> t.isEquivalentTo(BadInput.class))) {
                            events.add(SimpleConditionEvent.violated(block, unit.getFullName() + " catches BadInput in "
                                    + block.getSourceCodeLocation()));
                        }
                    }
                }
            }
        };
    }

    /** Calls that read the system's time rather than a given clock: the zero-argument now(), now(ZoneId), Clock.system*. */
    private static ArchCondition<JavaClass> readTheSystemTime() {
        Set<Class<?>> timeTypes = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
                OffsetDateTime.class, ZonedDateTime.class, YearMonth.class, Year.class);
        return new ArchCondition<>("read the system's time") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    var target = call.getTarget();
                    String owner = target.getOwner().getName();
                    boolean now = target.getName().equals("now") && timeTypes.stream().anyMatch(t -> t.getName().equals(owner))
                            && (target.getRawParameterTypes().isEmpty()
                                    || target.getRawParameterTypes().get(0).getName().equals("java.time.ZoneId"));
                    boolean system = owner.equals(Clock.class.getName()) && target.getName().startsWith("system");
                    boolean millis = owner.equals(System.class.getName()) && target.getName().equals("currentTimeMillis");
                    if (now || system || millis) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesFaces() {
        return new ArchCondition<>("not reach into another feature's faces") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String from = item.getPackageName();
                if (from.equals("se.regionkarta")) {
                    return; // the composition root wires every feature's faces
                }
                Optional<String> fromFeature = faceFeature(from);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    Optional<String> toFeature = faceFeature(d.getTargetClass().getPackageName());
                    if (toFeature.isPresent() && !toFeature.equals(fromFeature)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** Returns the feature whose face a package is ({@code politics} for {@code se.regionkarta.politics.site}). */
    private static Optional<String> faceFeature(String packageName) {
        Matcher m = FEATURE_FACE.matcher(packageName);
        return m.matches() && !KERNELS.contains(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }
}
