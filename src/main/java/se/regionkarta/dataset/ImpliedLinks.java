package se.regionkarta.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;

/**
 * Dates the parent links an editor did not date. Writing a unit under its parent (nested, or with
 * {@code parent:}) means "under this parent while both exist"; both lifetimes are only known once
 * every file is read and the events have dated their units, so the link is narrowed to them here. Links written out with
 * {@code parents:} are taken as written, and the rules check them.
 */
final class ImpliedLinks {

    private ImpliedLinks() {
    }

    static Dataset clip(Dataset dataset, Set<String> implied) {
        if (implied.isEmpty()) {
            return dataset;
        }
        Map<String, Unit> byId = new HashMap<>();
        dataset.all(Unit.class).forEach(u -> byId.putIfAbsent(u.id(), u));
        List<Unit> units = dataset.all(Unit.class).stream().map(u -> implied.contains(u.id()) ? clip(u, byId) : u).toList();
        return dataset.with(Unit.class, units);
    }

    private static Unit clip(Unit u, Map<String, Unit> byId) {
        List<ParentLink> links = u.parents().stream().map(link -> {
            Unit parent = byId.get(link.parentId());
            // the child's lifetime may have been dated by an event after the link was read
            Validity both = link.validity().overlaps(u.validity()) ? link.validity().intersection(u.validity())
                    : link.validity();
            if (parent == null || !both.overlaps(parent.validity())) {
                return new ParentLink(link.parentId(), both); // no day in common: left for the hierarchy rules to report
            }
            return new ParentLink(link.parentId(), both.intersection(parent.validity()));
        }).toList();
        return u.withParents(links);
    }
}
