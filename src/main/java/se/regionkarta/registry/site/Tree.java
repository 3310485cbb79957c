package se.regionkarta.registry.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/** Walks a unit's part of the organisation on a given day. */
public final class Tree {

    private Tree() {
    }

    /** Returns the unit and every unit below it on the day, parents before children. */
    public static List<Unit> subtree(Unit root, Snapshot s, LocalDate day) {
        List<Unit> all = new ArrayList<>();
        collect(root, s, day, all, 0);
        return all;
    }

    private static void collect(Unit u, Snapshot s, LocalDate day, List<Unit> into, int depth) {
        into.add(u);
        if (depth < 50) { // the loader forbids cycles; the bound only guards against bad data
            s.children(u.id(), day).forEach(c -> collect(c, s, day, into, depth + 1));
        }
    }
}
