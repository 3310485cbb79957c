package se.regionkarta.provenance.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.AsOf;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.Labels;
import se.regionkarta.cli.RegionkartaCommand;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cli.Units;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.snapshot.InForce;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Lists every topic on which sources disagree: each value with its sources, the value shown, "
                + "and the rule that chose it (see docs/data-format.md, 'Conflicts')."})
public final class ConflictsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--region", paramLabel = "REGION", description = "only conflicts about this region's facts (id or name)")
    String region;

    @Option(names = "--as-of", paramLabel = "DATE", description = "only conflicts between facts in force on this day "
            + "(YYYY, YYYY-MM or YYYY-MM-DD; default: every conflict, of any time)")
    String asOf;

    @Override
    public Integer call() {
        java.time.LocalDate day = asOf == null ? null : AsOf.day(asOf, spec);
        Snapshot all = registry.snapshot(spec.commandLine().getErr());
        Snapshot snapshot = day == null ? all : new Snapshot(InForce.on(all.dataset(), day));
        String regionId = region == null ? null : Units.resolve(all, region).id();
        // a subject's region is read from the tree of the day asked about, or of today when the whole history is asked
        java.time.LocalDate treeDay = day != null ? day : RegionkartaCommand.of(spec).today();
        ProvenanceQueries provenance = ProvenanceQueries.of(snapshot);
        List<Conflict> conflicts = provenance.conflicts().stream()
                .filter(c -> regionId == null || provenance.regionOfSubject(c.subjectId(), treeDay).filter(regionId::equals).isPresent())
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        for (Conflict c : conflicts) {
            out.println(snapshot.nameOf(c.subjectId()) + " — " + c.label());
            for (Claim claim : c.claims()) {
                out.println("  " + (claim.value().equals(c.shown()) ? "* " : "  ") + claim.value()
                        + "  ← " + Labels.sources(claim.sources(), snapshot)
                        + (claim.note() == null ? "" : "\n        note: " + claim.note()));
            }
            out.println("  shown: " + c.shown() + "  (rule: " + c.rule().name().toLowerCase().replace('_', ' ') + ") "
                    + c.explanation());
            out.println();
        }
        out.println(conflicts.size() + " conflict(s)");
        var mismatches = FigureQueries.of(snapshot).breakdownMismatches().stream()
                .filter(m -> regionId == null || provenance.regionOfSubject(m.whole().unitId(), treeDay).filter(regionId::equals).isPresent())
                .toList();
        for (var m : mismatches) {
            out.println();
            out.println(snapshot.nameOf(m.whole().unitId()) + " — " + Labels.figure(m.whole(), snapshot)
                    + ", but its parts (" + m.parts().stream().map(p -> p.category() + " " + p.valueText())
                    .collect(java.util.stream.Collectors.joining(", ")) + ") add up to " + m.sumOfParts().toPlainString()
                    + "  ← " + Labels.sources(m.whole().sources(), snapshot));
        }
        if (!mismatches.isEmpty()) {
            out.println(mismatches.size() + " breakdown(s) that do not add up, kept as the sources state them");
        }
        return ExitCode.OK;
    }
}
