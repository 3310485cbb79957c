package se.regionkarta.figures.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.AsOf;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.Labels;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cli.Units;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Prints the key figures of a unit (and, with --subtree, of the units below it) as of a day, with sources.")
public final class FiguresCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "UNIT", description = "a unit's id or Swedish name")
    String unit;

    @Option(names = "--subtree", description = "include the units below, as they stood on the day")
    boolean subtree;

    @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD (default: today); "
            + "figures that refer to a later period or date are left out")
    String asOf;

    @Override
    public Integer call() {
        LocalDate day = AsOf.day(asOf, spec);
        Snapshot snapshot = registry.snapshot(spec.commandLine().getErr());
        Unit root = Units.resolve(snapshot, unit);
        PrintWriter out = spec.commandLine().getOut();
        List<Unit> units = new ArrayList<>(List.of(root));
        if (subtree) {
            units.addAll(snapshot.subtree(root.id(), day));
        }
        int count = 0;
        for (Unit u : units) {
            List<KeyFigure> figures = FigureQueries.of(snapshot).of(u.id(), day);
            if (figures.isEmpty()) {
                continue;
            }
            out.println(Labels.unit(u, day));
            for (KeyFigure f : figures) {
                out.println("  " + Labels.figure(f, snapshot));
                out.println("      source: " + Labels.sources(f.sources(), snapshot)
                        + (f.note() == null ? "" : "\n      note: " + f.note()));
                count++;
            }
        }
        if (count == 0) {
            out.println("no key figures for " + root.nameOn(day) + (subtree ? " or the units below it" : "") + " as of " + day);
        }
        return ExitCode.OK;
    }
}
