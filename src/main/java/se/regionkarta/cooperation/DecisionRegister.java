package se.regionkarta.cooperation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.dataset.model.Dataset;

/**
 * The register of the joint bodies' decisions (issue 6), per healthcare region and per affected
 * unit, as the API, the site and the command line list it: the newest first by the day decided (or
 * else the first day it applies), decisions the sources do not date last, then by id.
 */
public final class DecisionRegister {

    private static final Comparator<JointDecision> NEWEST_FIRST = Comparator
            .comparing(DecisionRegister::day, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(JointDecision::id);

    private DecisionRegister() {
    }

    /** Returns the decisions of the bodies of a healthcare region, its bodies' history included. */
    public static List<JointDecision> ofHealthcareRegion(Dataset d, String healthcareRegionId) {
        Set<String> bodies = d.all(CooperationBody.class).stream().filter(b -> b.healthcareRegionId().equals(healthcareRegionId))
                .map(CooperationBody::id).collect(Collectors.toSet());
        return d.all(JointDecision.class).stream().filter(x -> bodies.contains(x.bodyId())).sorted(NEWEST_FIRST).toList();
    }

    /** Returns the decisions that name the unit among those they concern. */
    public static List<JointDecision> affecting(Dataset d, String unitId) {
        return d.all(JointDecision.class).stream().filter(x -> x.affectedUnits().contains(unitId)).sorted(NEWEST_FIRST).toList();
    }

    /** Returns the day a decision is dated by: decided on, else the first day it applies; null when neither is known. */
    public static LocalDate day(JointDecision x) {
        if (x.decidedOn() != null) {
            return x.decidedOn().firstDay();
        }
        return x.validity().from() != null ? x.validity().from().firstDay() : null;
    }
}
