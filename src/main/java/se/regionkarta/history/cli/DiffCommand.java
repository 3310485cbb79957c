package se.regionkarta.history.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import se.regionkarta.cli.Labels;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cli.Units;
import se.regionkarta.history.HistoryQueries;
import se.regionkarta.history.model.RegistryDiff;
import se.regionkarta.input.BadInput;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Prints what differs in a region between two days: units added, closed, renamed and moved, "
                + "the seats of its assemblies, and the change events in between. The region's predecessors in the "
                + "same county count as the region."})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "REGION", description = "a region's (or a predecessor's) id or name")
    String region;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "the earlier day (YYYY, YYYY-MM or YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "the later day (default: today)")
    String to;

    @Override
    public Integer call() {
        LocalDate a = AsOf.day(from, "--from", spec);
        LocalDate z = AsOf.day(to, "--to", spec);
        if (z.isBefore(a)) {
            throw BadInput.of("--to (" + z + ") is before --from (" + a + ")");
        }
        Snapshot snapshot = registry.snapshot(spec.commandLine().getErr());
        Unit r = Units.resolve(snapshot, region);
        if (!r.kind().isTopLevel()) {
            throw new CliException(ExitCode.NOT_FOUND, r.name() + " is a " + r.kind().english() + ", not a region");
        }
        RegistryDiff diff = HistoryQueries.of(snapshot).diff(r.id(), a, z);
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.name() + " — differences from " + a + " to " + z);
        for (RegistryDiff.Change kind : RegistryDiff.Change.values()) {
            List<RegistryDiff.UnitChange> changes = diff.units().stream().filter(c -> c.change() == kind).toList();
            if (!changes.isEmpty()) {
                out.println(kind.name().toLowerCase() + " (" + changes.size() + "):");
                changes.forEach(c -> out.println("  " + line(c, snapshot, a, z)));
            }
        }
        for (RegistryDiff.SeatChange s : diff.seats()) {
            out.println("seats of " + s.bodyName() + " [" + s.bodyId() + "]: " + seats(s.termBefore(), s.before()) + " → "
                    + seats(s.termAfter(), s.after()));
        }
        if (!diff.events().isEmpty()) {
            out.println("events (" + diff.events().size() + "):");
            diff.events().forEach(e -> out.println("  " + Labels.event(e, snapshot) + "  ← " + Labels.sources(e.sources(), snapshot)));
        }
        if (diff.isEmpty() && diff.events().isEmpty()) {
            out.println("no differences");
        }
        return ExitCode.OK;
    }

    private static String line(RegistryDiff.UnitChange c, Snapshot snapshot, LocalDate a, LocalDate z) {
        String base = (c.nameAfter() != null ? c.nameAfter() : c.nameBefore()) + "  [" + c.unitId() + "]";
        return switch (c.change()) {
            case ADDED -> base + parent(" under ", c.parentAfter(), z, snapshot);
            case CLOSED -> c.nameBefore() + "  [" + c.unitId() + "]" + parent(" was under ", c.parentBefore(), a, snapshot);
            case RENAMED -> c.nameBefore() + " → " + c.nameAfter() + "  [" + c.unitId() + "]";
            case MOVED -> base + ": " + parent("from ", c.parentBefore(), a, snapshot).strip() + " "
                    + parent("to ", c.parentAfter(), z, snapshot).strip();
        };
    }

    private static String parent(String lead, String parentId, LocalDate day, Snapshot snapshot) {
        return parentId == null ? "" : lead + snapshot.unit(parentId).map(p -> p.nameOn(day)).orElse(parentId);
    }

    private static String seats(String term, Map<String, Integer> seats) {
        if (term == null || seats.isEmpty()) {
            return (term == null ? "no term" : term) + " (none recorded)";
        }
        return term + " " + seats.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
