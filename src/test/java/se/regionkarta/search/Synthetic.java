package se.regionkarta.search;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.registry.model.Location;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;
import se.regionkarta.snapshot.Snapshot;

/** Builds small or large made-up registries: one region and units under it. */
final class Synthetic {

    static final String REGION_ID = "test";

    private final List<Unit> units = new ArrayList<>();

    Synthetic() {
        units.add(new Unit(REGION_ID, "Region Test", null, List.of(), UnitKind.REGION, List.of(), null, null, null, List.of(),
                null, null, null, List.of()));
    }

    /** Adds a unit directly under the region. */
    Synthetic unit(String id, String name, UnitKind kind, String description) {
        units.add(new Unit(id, name, null, List.of(), kind, List.of(new ParentLink(REGION_ID, null)), null, null,
                new Location("Teststad", null), List.of(), description, null, null, List.of()));
        return this;
    }

    Snapshot snapshot() {
        return new Snapshot(new Dataset.Builder().addAll(units).build());
    }
}
