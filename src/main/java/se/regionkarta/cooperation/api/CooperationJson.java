package se.regionkarta.cooperation.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.regionkarta.cooperation.Compositions;
import se.regionkarta.cooperation.Rotations;
import se.regionkarta.cooperation.model.CooperationBodyKind;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.cooperation.model.RotationSchedule;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.snapshot.Snapshot;

/**
 * The JSON shapes of a healthcare region's rotations and composition checks (documented in the
 * OpenAPI document as {@code Rotation} and {@code CompositionCheck}), with region names beside their ids.
 */
final class CooperationJson {

    private CooperationJson() {
    }

    /** The rotations of a healthcare region's joint bodies on a day, for {@code years} years. */
    record RotationAnswer(LocalDate asOf, String healthcareRegionId, String name, int years, List<BodyRotation> bodies) {
    }

    /**
     * One body's rotation.
     *
     * @param scheduled false when no period can be counted (the rule gives no start and no source names a holder)
     * @param holders who holds each duty on {@code asOf}
     * @param schedules each duty's periods: recorded ones before the current period, the current one, the coming ones
     */
    record BodyRotation(String bodyId, String bodyName, CooperationBodyKind kind, List<RotationRule.Duty> duties,
            int periodYears, List<String> order, PartialDate firstPeriodStart, boolean scheduled, List<Period> holders,
            List<DutySchedule> schedules, List<SourceRef> sources) {
    }

    record DutySchedule(RotationRule.Duty duty, List<Period> periods) {
    }

    /**
     * A period of a duty.
     *
     * @param position {@code earlier} (a recorded period before the current), {@code current} or {@code coming}
     * @param regionId the holder, absent when unknown
     */
    record Period(RotationRule.Duty duty, LocalDate from, LocalDate until, String position, String regionId, String regionName,
            RotationSchedule.Basis basis, List<SourceRef> sources) {
    }

    /** A body's composition rule per member region, checked against what is recorded. */
    record CompositionCheck(String bodyId, String bodyName, Compositions.Result result, boolean perRegionRecorded,
            int ruleMembers, int ruleSubstitutes, Integer recordedMembers, Integer recordedSubstitutes,
            List<RegionSeats> regions, List<String> violations) {
    }

    /** What the rule asks of one member region; the recorded numbers are absent where not recorded. */
    record RegionSeats(String regionId, String name, List<String> municipalityCodes, int members, int substitutes,
            Integer recordedMembers, Integer recordedSubstitutes) {
    }

    static RotationAnswer rotation(HealthcareRegion h, List<Rotations.BodyRotation> rotations, LocalDate day, int years,
            Snapshot s) {
        return new RotationAnswer(day, h.id(), h.name(), years, rotations.stream().map(r -> body(r, s)).toList());
    }

    private static BodyRotation body(Rotations.BodyRotation r, Snapshot s) {
        List<Period> holders = new ArrayList<>();
        List<DutySchedule> schedules = new ArrayList<>();
        for (Rotations.DutySchedule d : r.schedules()) {
            holders.add(period(d.duty(), d.current(), "current", s));
            List<Period> periods = new ArrayList<>();
            d.earlier().forEach(p -> periods.add(period(d.duty(), p, "earlier", s)));
            d.periods().forEach(p -> periods.add(period(d.duty(), p, p == d.current() ? "current" : "coming", s)));
            schedules.add(new DutySchedule(d.duty(), periods));
        }
        RotationRule rule = r.rule();
        return new BodyRotation(r.body().id(), r.body().name(), r.body().kind(), rule.duties(), rule.periodYears(), rule.order(),
                rule.firstPeriodStart(), r.scheduled(), holders, schedules, r.body().sources());
    }

    private static Period period(RotationRule.Duty duty, RotationSchedule.Period p, String position, Snapshot s) {
        return new Period(duty, p.from(), p.until(), position, p.regionId(), p.regionId() == null ? null : s.nameOf(p.regionId()),
                p.basis(), p.sources());
    }

    static CompositionCheck composition(Compositions.Check c, Snapshot s) {
        List<RegionSeats> regions = c.regions().stream().map(r -> new RegionSeats(r.regionId(), s.nameOf(r.regionId()),
                r.municipalityCodes(), r.members(), r.substitutes(), r.recordedMembers(), r.recordedSubstitutes())).toList();
        return new CompositionCheck(c.body().id(), c.body().name(), c.result(), c.perRegionRecorded(), c.ruleMembers(),
                c.ruleSubstitutes(), c.recordedMembers(), c.recordedSubstitutes(), regions, c.violations());
    }
}
