package se.regionkarta.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.cooperation.model.CompositionCheck;
import se.regionkarta.cooperation.model.CompositionRule;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.Membership;

/**
 * A joint body's composition rule per member region, checked against what the registry records
 * of its members (issue 6): what the rotation command, the API's healthcare region answer and the
 * healthcare region page show.
 *
 * <p>The sources give the bodies' totals (Sydöstra's joint committee: nine members and nine
 * substitutes), not who sits for which region, so the totals are checked ({@link CompositionCheck#totals})
 * and each region's seats are said to be not recorded. Seats per region, where a caller has them, are
 * checked one by one ({@link CompositionCheck#violations}).
 */
public final class Compositions {

    private Compositions() {
    }

    /** How the recorded members compare with the rule. */
    public enum Result {
        /** What is recorded agrees with the rule. */
        KEEPS_RULE,
        /** What is recorded breaks the rule; the violations say how. */
        BREAKS_RULE,
        /** Neither totals nor seats per region are recorded, so nothing could be checked. */
        NOT_RECORDED
    }

    /**
     * A body's composition checked.
     *
     * @param regions what the rule asks of each member region, and what is recorded for it
     * @param ruleMembers the members the rule gives for all member regions together
     * @param recordedMembers the body's total number of members as the sources give it, or null
     * @param perRegionRecorded whether seats per region are recorded (they are not, in the bundled data)
     * @param violations how the recorded members break the rule, in English; empty when they keep it
     */
    public record Check(CooperationBody body, List<RegionRule> regions, int ruleMembers, int ruleSubstitutes,
            Integer recordedMembers, Integer recordedSubstitutes, boolean perRegionRecorded, Result result,
            List<String> violations) {
    }

    /**
     * One member region's part.
     *
     * @param municipalityCodes the municipalities through which it belongs, when it belongs only in part
     * @param recordedMembers the members recorded for it, or null when not recorded
     */
    public record RegionRule(String regionId, List<String> municipalityCodes, int members, int substitutes,
            Integer recordedMembers, Integer recordedSubstitutes) {
    }

    /** Returns the checks of every body with a composition rule, in the given order, against the registry's totals. */
    public static List<Check> of(HealthcareRegion h, List<CooperationBody> bodies, LocalDate day) {
        return bodies.stream().filter(b -> b.composition() != null).map(b -> check(b, h, day, Map.of())).toList();
    }

    /**
     * Checks a body against its rule: the recorded totals always, and each region's seats when given.
     *
     * @param seats members and substitutes per region, where recorded; empty when none are
     */
    public static Check check(CooperationBody body, HealthcareRegion h, LocalDate day, Map<String, int[]> seats) {
        CompositionRule rule = body.composition();
        List<Membership> members = h.members().stream().filter(m -> m.validity().contains(day)).toList();
        List<String> regionIds = members.stream().map(Membership::regionId).distinct().toList();
        List<RegionRule> regions = new ArrayList<>();
        Map<String, int[]> byRegion = new LinkedHashMap<>(seats);
        for (Membership m : members) {
            int[] held = byRegion.get(m.regionId());
            regions.add(new RegionRule(m.regionId(), m.municipalityCodes(), rule.membersFor(m.regionId()),
                    rule.substitutesFor(m.regionId()), held == null ? null : held[0], held == null ? null : held[1]));
        }
        List<String> violations = new ArrayList<>(CompositionCheck.totals(rule, regionIds, body.members(), body.substitutes()));
        if (!seats.isEmpty()) {
            violations.addAll(CompositionCheck.violations(rule, regionIds, seats));
        }
        boolean anything = !seats.isEmpty() || body.members() != null || body.substitutes() != null;
        Result result = !violations.isEmpty() ? Result.BREAKS_RULE : anything ? Result.KEEPS_RULE : Result.NOT_RECORDED;
        return new Check(body, regions, regionIds.stream().mapToInt(rule::membersFor).sum(),
                regionIds.stream().mapToInt(rule::substitutesFor).sum(), body.members(), body.substitutes(), !seats.isEmpty(),
                result, violations);
    }
}
