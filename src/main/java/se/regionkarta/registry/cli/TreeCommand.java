package se.regionkarta.registry.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
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
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Prints the organisation under a unit as an indented tree, as it stood on a date.")
public final class TreeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "UNIT", description = "a unit's id or Swedish name, e.g. \"Region Kalmar län\"")
    String unit;

    @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD (default: today)")
    String asOf;

    @Option(names = "--depth", paramLabel = "N", description = "levels below the unit to show (default: all)")
    int depth = Integer.MAX_VALUE;

    @Override
    public Integer call() {
        LocalDate day = AsOf.day(asOf, spec);
        Snapshot snapshot = registry.snapshot(spec.commandLine().getErr());
        Unit root = Units.resolve(snapshot, unit);
        PrintWriter out = spec.commandLine().getOut();
        if (!root.validity().contains(day)) {
            List<Unit> then = snapshot.roots(day).stream()
                    .filter(r -> Units.sameCounty(r, root)).toList();
            out.println(root.nameOn(day) + " did not exist on " + day + " (" + Labels.validity(root.validity()) + ").");
            if (then.isEmpty()) {
                return ExitCode.NOT_FOUND;
            }
            out.println("On that day the county had:");
            then.forEach(r -> print(out, snapshot, r, day, "", "", 0));
            return ExitCode.OK;
        }
        print(out, snapshot, root, day, "", "", 0);
        return ExitCode.OK;
    }

    private void print(PrintWriter out, Snapshot snapshot, Unit u, LocalDate day, String lead, String branch, int level) {
        out.println(lead + branch + line(u, day));
        if (level >= depth) {
            return;
        }
        List<Unit> children = snapshot.children(u.id(), day);
        String childLead = lead + (branch.isEmpty() ? "" : branch.startsWith("└") ? "   " : "│  ");
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            print(out, snapshot, children.get(i), day, childLead, last ? "└─ " : "├─ ", level + 1);
        }
    }

    /** Writes a unit with the name it had on the day (a renamed unit under its old name before the rename). */
    private static String line(Unit u, LocalDate day) {
        StringBuilder s = new StringBuilder(u.nameOn(day)).append("  (").append(u.kind().swedish());
        if (u.location() != null && u.location().town() != null) {
            s.append(", ").append(u.location().town());
        }
        if (u.ownership() != null && u.ownership() != Ownership.REGION_RUN) {
            s.append(", ").append(u.ownership().swedish());
        }
        return s.append(")  [").append(u.id()).append("]").toString();
    }
}
