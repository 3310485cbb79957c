package se.regionkarta.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.cooperation.model.RotationSchedule;
import se.regionkarta.provenance.model.SourceRef;

/**
 * Who holds the rotating duties of joint bodies (chair, secretary) on a day, and the schedule of the
 * periods to come (issue 6): what the rotation command, the API's {@code /rotation} and the healthcare
 * region page show. The rule itself is {@link RotationSchedule}; this adds the sources and the
 * periods a reader needs.
 *
 * <p>A period's holder is recorded (a source names it), computed (the rule's order gives it) or
 * unknown (the sources give no order). Sydöstra's joint committee is the example of the last: its
 * sources name Region Jönköpings län for 2022–2023 and say the duties pass on every two years, but
 * not in which order, so every other period is unknown and stays so.
 */
public final class Rotations {

    /** The most years a schedule covers. */
    public static final int MAX_YEARS = 100;

    private Rotations() {
    }

    /**
     * A body's rotation on a day.
     *
     * @param scheduled whether periods can be counted at all (the rule gives a start or a source names a holder)
     * @param schedules one per duty, in the rule's order; empty when not scheduled
     */
    public record BodyRotation(CooperationBody body, RotationRule rule, boolean scheduled, List<DutySchedule> schedules) {
    }

    /**
     * One duty's periods.
     *
     * @param current the period that holds the day
     * @param earlier periods before the current one whose holder a source names, oldest first
     * @param periods the periods from the current one, covering the years asked for
     */
    public record DutySchedule(RotationRule.Duty duty, RotationSchedule.Period current, List<RotationSchedule.Period> earlier,
            List<RotationSchedule.Period> periods) {
    }

    /** Returns the rotation of every body that has a rotation rule, in the given order. */
    public static List<BodyRotation> of(List<CooperationBody> bodies, LocalDate day, int years) {
        return bodies.stream().filter(b -> b.rotation() != null).map(b -> of(b, day, years)).toList();
    }

    /**
     * Returns a body's rotation on the day, with the periods covering {@code years} years from it.
     *
     * @throws IllegalArgumentException if the body has no rotation rule, or years is out of range
     */
    public static BodyRotation of(CooperationBody body, LocalDate day, int years) {
        if (body.rotation() == null) {
            throw new IllegalArgumentException(body.id() + " has no rotation rule");
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("years must be from 1 to " + MAX_YEARS + ", got " + years);
        }
        RotationRule rule = body.rotation();
        Optional<RotationSchedule> schedule = RotationSchedule.of(rule);
        if (schedule.isEmpty()) {
            return new BodyRotation(body, rule, false, List.of());
        }
        List<DutySchedule> duties = new ArrayList<>();
        for (RotationRule.Duty duty : rule.duties()) {
            RotationSchedule s = schedule.get();
            List<RotationSchedule.Period> periods = s.forYears(duty, day, years).stream().map(p -> sourced(p, body)).toList();
            duties.add(new DutySchedule(duty, periods.get(0), earlier(s, rule, duty, day, body), periods));
        }
        return new BodyRotation(body, rule, true, duties);
    }

    /** Returns the recorded periods before the one that holds the day. */
    private static List<RotationSchedule.Period> earlier(RotationSchedule s, RotationRule rule, RotationRule.Duty duty,
            LocalDate day, CooperationBody body) {
        int current = s.periodOf(day);
        int first = rule.observed().stream().filter(h -> h.duty() == duty && h.validity().from() != null)
                .mapToInt(h -> s.periodOf(h.validity().from().firstDay())).min().orElse(current);
        List<RotationSchedule.Period> out = new ArrayList<>();
        if (first < current) {
            for (RotationSchedule.Period p : s.periods(duty, s.start(first), current - first)) {
                if (p.basis() == RotationSchedule.Basis.RECORDED) {
                    out.add(sourced(p, body));
                }
            }
        }
        return out;
    }

    /** Gives a recorded or computed period the sources it rests on: the holding's own, else the body's. */
    private static RotationSchedule.Period sourced(RotationSchedule.Period p, CooperationBody body) {
        if (p.basis() == RotationSchedule.Basis.UNKNOWN || !p.sources().isEmpty()) {
            return p;
        }
        List<SourceRef> sources = body.sources();
        return new RotationSchedule.Period(p.index(), p.from(), p.until(), p.regionId(), p.basis(), sources);
    }
}
