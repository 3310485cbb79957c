package se.regionkarta.history.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.Labels;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cli.Units;
import se.regionkarta.history.HistoryQueries;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.Lineage;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "lineage", mixinStandardHelpOptions = true,
        description = {"Prints where a unit comes from and what it became: its predecessors and successors through "
                + "the change events (formation, merger, split, transfer …), followed transitively, each with the event's "
                + "kind, date, deciding body and sources; then the unit's own renames and moves, and the key figures "
                + "of its predecessors (history, never added into the unit's own figures)."})
public final class LineageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "UNIT", description = "a unit's id or Swedish name, e.g. \"Region Kalmar län\"")
    String unit;

    @Override
    public Integer call() {
        Snapshot snapshot = registry.snapshot(spec.commandLine().getErr());
        Unit u = Units.resolve(snapshot, unit);
        Lineage lineage = HistoryQueries.of(snapshot).lineage(u.id());
        PrintWriter out = spec.commandLine().getOut();
        out.println(Labels.unit(u) + (Labels.validity(u.validity()).isEmpty() ? "" : "  (" + Labels.validity(u.validity()) + ")"));
        steps(out, snapshot, "predecessors", lineage.predecessors(), true);
        steps(out, snapshot, "successors", lineage.successors(), false);
        if (!lineage.ownEvents().isEmpty()) {
            out.println("renames and moves:");
            lineage.ownEvents().forEach(e -> event(out, snapshot, e, "  "));
        }
        List<Lineage.PredecessorFigure> figures = HistoryQueries.of(snapshot).predecessorFigures(u.id());
        if (!figures.isEmpty()) {
            out.println("key figures of predecessors (history: shown beside the unit's own figures, never added into them):");
            for (Lineage.PredecessorFigure f : figures) {
                out.println("  " + Labels.unit(f.step().from(), f.step().event().date().firstDay().minusDays(1), snapshot)
                        + " — " + Labels.figure(f.figure(), snapshot) + "  (before the " + f.step().event().kind().english()
                        + " " + f.step().event().date() + ")  ← " + Labels.sources(f.figure().sources(), snapshot));
            }
        }
        return ExitCode.OK;
    }

    private static void steps(PrintWriter out, Snapshot snapshot, String title, List<Lineage.Step> steps, boolean back) {
        if (steps.isEmpty()) {
            out.println(title + ": none recorded");
            return;
        }
        out.println(title + ":");
        for (Lineage.Step step : steps) {
            String indent = "  ".repeat(step.depth());
            String other = back ? step.from() : step.to();
            // a predecessor is named as it was the day before the event, a successor as on the event's day
            java.time.LocalDate day = step.event().date().firstDay().minusDays(back ? 1 : 0);
            out.println(indent + Labels.unit(other, day, snapshot) + (step.depth() > 1 ? "  (via " + Labels.unit(back
                    ? step.to() : step.from(), day, snapshot) + ")" : ""));
            event(out, snapshot, step.event(), indent + "  ");
        }
    }

    private static void event(PrintWriter out, Snapshot snapshot, ChangeEvent e, String indent) {
        out.println(indent + Labels.event(e, snapshot));
        if (e.description() != null) {
            out.println(indent + "  " + e.description());
        }
        out.println(indent + "  source: " + Labels.sources(e.sources(), snapshot));
    }
}
