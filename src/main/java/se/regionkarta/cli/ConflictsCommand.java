package se.regionkarta.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Lists every topic on which sources disagree: each value with its sources, the value shown, "
                + "and the rule that chose it (see docs/data-format.md, 'Conflicts')."})
final class ConflictsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--region", paramLabel = "REGION", description = "only conflicts about this region's facts (id or name)")
    String region;

    @Override
    public Integer call() {
        Snapshot snapshot = registry.snapshot(spec.commandLine().getErr());
        String regionId = region == null ? null : Units.resolve(snapshot, region).id();
        List<Conflict> conflicts = snapshot.conflicts().stream()
                .filter(c -> regionId == null || snapshot.regionOfSubject(c.subjectId()).filter(regionId::equals).isPresent())
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
        return ExitCode.OK;
    }
}
