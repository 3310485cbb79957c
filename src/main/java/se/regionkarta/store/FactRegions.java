package se.regionkarta.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.registry.model.CoordinationGroup;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.strategy.model.Plan;

/**
 * Tells which region a fact belongs to, so that the store can keep per-region editing rights.
 * A unit belongs to its top-level ancestor; other facts to the region of what they describe.
 * National facts (sources, parties, terms, healthcare regions…) belong to none: {@code null}.
 */
public final class FactRegions {

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, String> bodyRegion = new HashMap<>();

    public FactRegions(Dataset d) {
        d.all(Unit.class).forEach(u -> units.put(u.id(), u));
        d.all(Body.class).forEach(b -> bodyRegion.put(b.id(), b.regionId()));
    }

    /** Tells whether facts of a kind belong to no region: only a national editor changes them. */
    public static boolean isNational(FactKind kind) {
        return switch (kind) {
            case SOURCE, METRIC, PARTY, TERM, PERSON, HEALTHCARE_REGION, COOPERATION_BODY, PROGRAMME_AREA, DECISION, EVENT -> true;
            case UNIT, POST, COORDINATION_GROUP, BODY, SEAT, COALITION, APPOINTMENT, CARE_CHOICE_SCHEME, SCHEME_PROVIDER, FIGURE,
                    PLAN, CHANNEL, CLAIM -> false;
        };
    }

    /** Returns the id of the region the fact belongs to, or null for a national fact. A new kind must say which here. */
    public String of(Identified fact) {
        return switch (FactKind.of(fact)) {
            case SOURCE, METRIC, PARTY, TERM, PERSON, HEALTHCARE_REGION, COOPERATION_BODY, PROGRAMME_AREA, DECISION,
                    EVENT -> null;
            case UNIT -> topOf(fact.id());
            case POST -> topOf(((Post) fact).unitId());
            case COORDINATION_GROUP -> ((CoordinationGroup) fact).regionId();
            case BODY -> ((Body) fact).regionId();
            case SEAT -> bodyRegion.get(((SeatCount) fact).bodyId());
            case COALITION -> bodyRegion.get(((Coalition) fact).bodyId());
            case APPOINTMENT -> ((Appointment) fact).regionId();
            case CARE_CHOICE_SCHEME -> ((CareChoiceScheme) fact).regionId();
            case SCHEME_PROVIDER -> topOf(((SchemeProvider) fact).unitId());
            case FIGURE -> topOf(((KeyFigure) fact).unitId());
            case PLAN -> topOf(((Plan) fact).unitId());
            case CHANNEL -> topOf(((Channel) fact).unitId());
            case CLAIM -> {
                String subject = ((Claim) fact).subjectId();
                yield units.containsKey(subject) ? topOf(subject) : bodyRegion.get(subject);
            }
        };
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
