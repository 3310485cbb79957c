package se.regionkarta.carechoice.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.carechoice.CareChoiceQueries;
import se.regionkarta.carechoice.CareChoiceQueries.Provider;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.ProviderTally;
import se.regionkarta.cli.AsOf;
import se.regionkarta.cli.CliException;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cli.Units;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "schemes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints a region's care-choice schemes on a day: for each, its providers by ownership counted from "
                + "the units that take part, beside the figures its source states, and (with --providers) the units "
                + "themselves with who runs them.",
            "Exit codes: 0 printed and every count agrees with its source, 1 a count differs from its source, "
                + "2 a bad option, 3 no such region or scheme."})
public final class SchemesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "REGION_OR_SCHEME",
            description = "a region (id or name, e.g. kalmar or \"Region Kalmar län\") or one scheme's id (kalmar.halsoval)")
    String target;

    @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD (default: today)")
    String asOf;

    @Option(names = "--providers", description = "list the provider units of each scheme, and those that left it")
    boolean providers;

    @Override
    public Integer call() {
        LocalDate day = AsOf.day(asOf, spec);
        Snapshot s = registry.snapshot(spec.commandLine().getErr());
        CareChoiceQueries register = CareChoiceQueries.of(s);
        Optional<CareChoiceScheme> one = register.scheme(target.strip());
        Unit region = one.isPresent() ? null : region(s, target);
        List<CareChoiceScheme> schemes = one.map(List::of).orElseGet(() -> register.schemes(region.id(), day));
        PrintWriter out = spec.commandLine().getOut();
        if (schemes.isEmpty()) {
            out.println("no care-choice scheme of " + region.name() + " is recorded for " + day);
            out.flush();
            return ExitCode.OK;
        }
        boolean agree = true;
        for (CareChoiceScheme scheme : schemes) {
            ProviderTally tally = register.tally(scheme, day);
            agree &= tally.agrees();
            print(scheme, tally, s, out);
            if (providers) {
                providers(register.providers(scheme.id(), day), "providers", s, out);
                providers(register.formerProviders(scheme.id(), day), "left the scheme before " + day, s, out);
            }
            out.println();
        }
        out.flush();
        return agree ? ExitCode.OK : ExitCode.INVALID_DATA;
    }

    private static void print(CareChoiceScheme scheme, ProviderTally tally, Snapshot s, PrintWriter out) {
        String ages = scheme.ageFrom() == null && scheme.ageTo() == null ? ""
                : ", ages " + (scheme.ageFrom() == null ? "" : scheme.ageFrom()) + "–" + (scheme.ageTo() == null ? "" : scheme.ageTo());
        out.println(scheme.name() + "  [" + scheme.id() + "]  (" + scheme.area().english() + ages + ")  on " + tally.day());
        out.printf("  %-20s %8s %9s %8s  %s%n", "ownership", "counted", "unnamed", "stated", "check");
        if (tally.rows().isEmpty()) {
            out.println("  no provider units are recorded, and the source states no counts");
        }
        for (ProviderTally.Row r : tally.rows()) {
            String check = r.stated() == null ? "nothing stated"
                    : !tally.compared() ? "not compared: the stated figures are from " + tally.statedOn()
                    : r.agrees() ? "agrees" : "DIFFERS by " + (r.units() - r.stated());
            out.printf("  %-20s %8d %9d %8s  %s%n", r.ownership().english(), r.units(), r.unnamed(),
                    r.stated() == null ? "–" : r.stated().toString(), check);
        }
        out.println("  stated by: " + scheme.sources().stream().map(ref -> ProvenanceQueries.of(s).source(ref.sourceId())
                .map(src -> src.title() + (src.published() == null ? "" : " (" + src.published() + ")")).orElse(ref.sourceId()))
                .distinct().collect(Collectors.joining("; ")));
    }

    private static void providers(List<Provider> list, String heading, Snapshot s, PrintWriter out) {
        if (list.isEmpty()) {
            return;
        }
        out.println("  " + heading + ":");
        for (Provider p : list) {
            Unit u = p.unit();
            String town = u.location() == null || u.location().town() == null ? "" : ", " + u.location().town();
            String operator = p.part().operator() == null ? "" : ", run by " + p.part().operator();
            String period = p.part().validity().until() == null ? "" : ", until " + p.part().validity().until();
            String unnamed = p.part().named() ? "" : "  (counted by the source, not named in it)";
            out.println("    " + (p.ownership() == Ownership.REGION_RUN ? "region-run  " : "private     ") + u.name()
                    + town + operator + period + "  [" + u.id() + "]" + unnamed);
        }
    }

    private static Unit region(Snapshot s, String target) {
        Unit unit = Units.resolve(s, target);
        if (!unit.kind().isTopLevel()) {
            String kind = unit.kind().english();
            throw new CliException(ExitCode.NOT_FOUND, "'" + target + "' is " + article(kind) + " " + kind
                    + ", not a region or a care-choice scheme");
        }
        return unit;
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
