package se.regionkarta.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * Names the region each unit belongs to, for subtitles and so that "psykiatri kalmar" finds
 * Kalmar's psychiatry. Remembers every answer: at national scale a million units share a few
 * hundred ancestors, and {@link Snapshot#regionOf} would walk each chain again.
 */
final class Regions {

    private static final int MAX_DEPTH = 100;

    private final Snapshot snapshot;
    private final LocalDate today;
    private final Map<String, String> regionNameOf = new HashMap<>();

    Regions(Snapshot snapshot, LocalDate today) {
        this.snapshot = snapshot;
        this.today = today;
    }

    /** Returns the name of the unit's region (the unit's own name for a region), or "" if none. */
    String nameFor(String unitId) {
        if (unitId == null) {
            return "";
        }
        List<String> chain = new ArrayList<>();
        String current = unitId;
        String found = "";
        while (current != null && chain.size() < MAX_DEPTH) {
            String known = regionNameOf.get(current);
            if (known != null) {
                found = known;
                break;
            }
            Optional<Unit> unit = snapshot.unit(current);
            if (unit.isEmpty()) {
                break;
            }
            chain.add(current);
            if (unit.get().kind().isTopLevel()) {
                found = unit.get().name();
                break;
            }
            current = parentOf(unit.get());
        }
        for (String id : chain) {
            regionNameOf.put(id, found);
        }
        return found;
    }

    /** Returns the name of a unit, or "" if there is no such unit. */
    String unitName(String unitId) {
        return unitId == null ? "" : snapshot.unit(unitId).map(Unit::name).orElse("");
    }

    /**
     * Returns today's parent, or for a unit that no longer sits anywhere today, its latest one:
     * a closed unit still belongs to the region it belonged to.
     */
    private String parentOf(Unit unit) {
        List<ParentLink> parents = unit.parents();
        if (parents.isEmpty()) {
            return null;
        }
        return unit.parentOn(today).orElse(parents.get(parents.size() - 1).parentId());
    }
}
