package se.regionkarta.cli;

import java.util.List;
import java.util.stream.Collectors;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/** Finds the unit a user means by an id or a Swedish name. */
public final class Units {

    private Units() {
    }

    public static Unit resolve(Snapshot snapshot, String idOrName) {
        List<Unit> found = snapshot.findUnits(idOrName);
        if (found.isEmpty()) {
            throw new CliException(ExitCode.NOT_FOUND, "no unit has the id or name '" + idOrName + "'");
        }
        if (found.size() > 1) {
            throw new CliException(ExitCode.NOT_FOUND, "'" + idOrName + "' names several units; give one of the ids: "
                    + found.stream().map(Unit::id).collect(Collectors.joining(", ")));
        }
        return found.get(0);
    }

    /** Tells whether two top-level units govern the same county (a region and its predecessors). */
    public static boolean sameCounty(Unit a, Unit b) {
        return a.identifier(Identifier.Scheme.COUNTY_CODE).isPresent()
                && a.identifier(Identifier.Scheme.COUNTY_CODE).equals(b.identifier(Identifier.Scheme.COUNTY_CODE));
    }
}
