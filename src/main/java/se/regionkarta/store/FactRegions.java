package se.regionkarta.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.registry.model.CoordinationGroup;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.strategy.model.Plan;

/**
 * Tells which region a fact belongs to, so that the store can keep per-region editing rights.
 * A unit belongs to its top-level ancestor; other facts to the region of what they describe.
 * National facts (sources, parties, terms, healthcare regions) belong to none.
 */
final class FactRegions {

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, String> bodyRegion = new HashMap<>();

    FactRegions(Dataset d) {
        d.units().forEach(u -> units.put(u.id(), u));
        d.bodies().forEach(b -> bodyRegion.put(b.id(), b.regionId()));
    }

    String of(Object fact) {
        if (fact instanceof Unit u) {
            return topOf(u.id());
        } else if (fact instanceof Post p) {
            return topOf(p.unitId());
        } else if (fact instanceof CoordinationGroup g) {
            return g.regionId();
        } else if (fact instanceof Body b) {
            return b.regionId();
        } else if (fact instanceof SeatCount s) {
            return bodyRegion.get(s.bodyId());
        } else if (fact instanceof Coalition c) {
            return bodyRegion.get(c.bodyId());
        } else if (fact instanceof Appointment a) {
            return a.regionId();
        } else if (fact instanceof CareChoiceScheme s) {
            return s.regionId();
        } else if (fact instanceof SchemeProvider p) {
            return topOf(p.unitId());
        } else if (fact instanceof KeyFigure f) {
            return topOf(f.unitId());
        } else if (fact instanceof Plan p) {
            return topOf(p.unitId());
        } else if (fact instanceof Channel c) {
            return topOf(c.unitId());
        } else if (fact instanceof Claim c) {
            return units.containsKey(c.subjectId()) ? topOf(c.subjectId()) : bodyRegion.get(c.subjectId());
        }
        return null;
    }

    /** Follows the first parent link upwards; a unit that moved stays in the region it started in. */
    private String topOf(String unitId) {
        Set<String> seen = new HashSet<>();
        Unit current = units.get(unitId);
        while (current != null && seen.add(current.id())) {
            if (current.parents().isEmpty()) {
                return current.id();
            }
            current = units.get(current.parents().get(0).parentId());
        }
        return null;
    }
}
