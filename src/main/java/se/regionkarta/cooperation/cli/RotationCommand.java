package se.regionkarta.cooperation.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.AsOf;
import se.regionkarta.cli.CliException;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.InputFiles;
import se.regionkarta.cli.Labels;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cooperation.Compositions;
import se.regionkarta.cooperation.CooperationQueries;
import se.regionkarta.cooperation.Rotations;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.cooperation.model.RotationSchedule;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "rotation", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints who holds the chair and the secretariat of a healthcare region's joint bodies on a day, the "
                + "periods of the coming years with each holder and how it is known (recorded by a source, computed from "
                + "the rule's order, or unknown), and each body's composition rule per member region checked against "
                + "what is recorded.",
            "Exit codes: 0 printed, 2 a bad option, 3 no such healthcare region or body."})
public final class RotationCommand implements Callable<Integer> {

    private static final String UNKNOWN = "unknown — the order is not in the sources";

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "HEALTHCARE_REGION_OR_BODY",
            description = "a healthcare region or a joint body: its id or name, e.g. sydostra or \"Sydöstra sjukvårdsregionen\"")
    String target;

    @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD (default: today)")
    String asOf;

    @Option(names = "--years", paramLabel = "N", description = "the years the schedule covers from the day (default: 10)")
    int years = 10;

    @Override
    public Integer call() {
        LocalDate day = AsOf.day(asOf, spec);
        InputFiles.requireRange("--years", years, 1, Rotations.MAX_YEARS);
        Snapshot s = registry.snapshot(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        Optional<CooperationBody> body = find(s.dataset().all(CooperationBody.class), target);
        HealthcareRegion h = body.map(b -> s.get(HealthcareRegion.class, b.healthcareRegionId()).orElseThrow())
                .orElseGet(() -> healthcareRegion(s, target));
        List<CooperationBody> bodies = body.map(List::of).orElseGet(() -> CooperationQueries.of(s).bodies(h.id(), day));
        out.println(h.name() + "  [" + h.id() + "]  — rotation on " + day + ", schedule for " + years + " years");
        out.println("members: " + h.members().stream().filter(m -> m.validity().contains(day))
                .map(m -> s.nameOf(m.regionId()) + (m.whole() ? "" : " (municipalities " + String.join(", ", m.municipalityCodes()) + ")"))
                .collect(Collectors.joining(", ")));
        boolean any = false;
        for (CooperationBody b : bodies) {
            if (b.rotation() == null && b.composition() == null) {
                continue;
            }
            any = true;
            out.println();
            out.println(b.name() + "  [" + b.id() + "]  (" + b.kind().swedish() + ")");
            if (b.rotation() == null) {
                out.println("  no rotation of chair or secretary is recorded");
            } else {
                RotationText.print(Rotations.of(b, day, years), s, day, out);
            }
            if (b.composition() != null) {
                composition(Compositions.check(b, h, day, java.util.Map.of()), s, out);
            }
        }
        if (!any) {
            out.println();
            out.println("no joint body of " + h.name() + " has a rotation or composition rule in the registry");
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void composition(Compositions.Check c, Snapshot s, PrintWriter out) {
        out.println("  composition rule, per member region:");
        out.printf("    %-32s %8s %12s  %s%n", "region", "members", "substitutes", "recorded");
        for (Compositions.RegionRule r : c.regions()) {
            String name = s.nameOf(r.regionId()) + (r.municipalityCodes().isEmpty() ? "" : " (in part)");
            String recorded = r.recordedMembers() == null ? "members per region not recorded"
                    : r.recordedMembers() + " and " + r.recordedSubstitutes();
            out.printf("    %-32s %8d %12d  %s%n", name, r.members(), r.substitutes(), recorded);
        }
        String totals = c.recordedMembers() == null && c.recordedSubstitutes() == null ? "totals not recorded"
                : (c.recordedMembers() == null ? "?" : c.recordedMembers()) + " and "
                        + (c.recordedSubstitutes() == null ? "?" : c.recordedSubstitutes()) + " recorded";
        out.printf("    %-32s %8d %12d  %s%n", "total", c.ruleMembers(), c.ruleSubstitutes(), totals);
        out.println("  check: " + switch (c.result()) {
            case KEEPS_RULE -> "keeps the rule (the recorded totals agree; members per region not recorded)";
            case BREAKS_RULE -> "breaks the rule: " + String.join("; ", c.violations());
            case NOT_RECORDED -> "nothing to check: members per region not recorded, nor totals";
        });
    }

    private static Optional<CooperationBody> find(List<CooperationBody> bodies, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<CooperationBody> found = bodies.stream().filter(b -> b.id().equals(text.strip())).toList();
        if (found.isEmpty()) {
            found = bodies.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).equals(t)).toList();
        }
        if (found.size() > 1) {
            throw new CliException(ExitCode.NOT_FOUND, "'" + text + "' names several joint bodies; give one of the ids: "
                    + found.stream().map(CooperationBody::id).collect(Collectors.joining(", ")));
        }
        return found.stream().findFirst();
    }

    private static HealthcareRegion healthcareRegion(Snapshot s, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return s.dataset().all(HealthcareRegion.class).stream()
                .filter(h -> h.id().equals(text.strip()) || h.name().toLowerCase(Locale.ROOT).equals(t)
                        || h.formerNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(t)))
                .findFirst()
                .orElseThrow(() -> new CliException(ExitCode.NOT_FOUND, "no healthcare region or joint body has the id or name '"
                        + text + "'; the healthcare regions are " + s.dataset().all(HealthcareRegion.class).stream()
                                .map(HealthcareRegion::id).collect(Collectors.joining(", "))));
    }

    /** Writes one body's rotation: the rule, the holders on the day and each duty's periods. */
    static final class RotationText {

        private RotationText() {
        }

        static void print(Rotations.BodyRotation r, Snapshot s, LocalDate day, PrintWriter out) {
            RotationRule rule = r.rule();
            String duties = rule.duties().stream().map(RotationRule.Duty::english).collect(Collectors.joining(" and "));
            out.println("  rule: " + duties + " pass between the member regions every " + rule.periodYears() + " years; order: "
                    + (rule.order().isEmpty() ? "not in the sources"
                            : rule.order().stream().map(s::nameOf).collect(Collectors.joining(" → ")))
                    + (rule.firstPeriodStart() == null ? "" : "; first period from " + rule.firstPeriodStart()));
            if (!r.scheduled()) {
                out.println("  no period can be counted: the rule gives no start and no source names a holder");
                return;
            }
            RotationSchedule.Period now = r.schedules().get(0).current();
            out.println("  on " + day + " (period " + now.from() + " – " + now.until() + "):");
            for (Rotations.DutySchedule d : r.schedules()) {
                out.printf("    %-10s %s%n", d.duty().english(), holder(d.current(), s));
            }
            for (Rotations.DutySchedule d : r.schedules()) {
                out.println("  " + d.duty().english() + ":");
                d.earlier().forEach(p -> period(p, s, out, "earlier"));
                d.periods().forEach(p -> period(p, s, out, p == d.current() ? "now" : ""));
            }
        }

        private static void period(RotationSchedule.Period p, Snapshot s, PrintWriter out, String mark) {
            String basis = switch (p.basis()) {
                case RECORDED -> "recorded  ← " + Labels.sources(p.sources(), s);
                case COMPUTED -> "computed from the order";
                case UNKNOWN -> "unknown";
            };
            out.printf("    %s – %s  %-7s  %-26s %s%n", p.from(), p.until(), mark,
                    p.regionId() == null ? "unknown" : s.nameOf(p.regionId()), basis);
        }

        private static String holder(RotationSchedule.Period p, Snapshot s) {
            if (p.regionId() == null) {
                return UNKNOWN;
            }
            return s.nameOf(p.regionId()) + "  (" + (p.basis() == RotationSchedule.Basis.RECORDED ? "recorded" : "computed from the order")
                    + ")";
        }
    }
}
