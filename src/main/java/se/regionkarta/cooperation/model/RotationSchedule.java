package se.regionkarta.cooperation.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers who holds a rotating duty (chair, secretary) of a joint body on any date, and lists the
 * periods to come.
 *
 * <p>Periods are {@code periodYears} long and follow one another without gaps from an anchor: the
 * rule's {@code firstPeriodStart}, or else the start of the earliest recorded holding. Period k
 * begins on {@code anchor.plusYears(k × periodYears)}, so an anchor on 29 February keeps its periods
 * aligned to the calendar (28 February in common years) instead of drifting. The holder of period k
 * is {@code order[(k + offset) mod n]}, where the offset places the anchor's region (a recorded
 * holding, or the first region of the order) in period 0. Without an order only recorded holdings
 * can be named; other periods are known by their dates alone.
 */
public final class RotationSchedule {

    private final RotationRule rule;
    private final LocalDate anchor;
    private final int offset;

    private RotationSchedule(RotationRule rule, LocalDate anchor, int offset) {
        this.rule = rule;
        this.anchor = anchor;
        this.offset = offset;
    }

    /** Returns the schedule of a rule, or empty when the rule gives neither a start nor a recorded holding. */
    public static Optional<RotationSchedule> of(RotationRule rule) {
        Optional<RotationRule.Holding> earliest = rule.observed().stream()
                .filter(h -> h.validity().from() != null)
                .min((a, b) -> a.validity().from().compareTo(b.validity().from()));
        LocalDate anchor = rule.firstPeriodStart() != null ? rule.firstPeriodStart().firstDay()
                : earliest.map(h -> h.validity().from().firstDay()).orElse(null);
        if (anchor == null) {
            return Optional.empty();
        }
        int offset = 0;
        if (rule.firstPeriodStart() == null && earliest.isPresent() && rule.order().contains(earliest.get().regionId())) {
            offset = rule.order().indexOf(earliest.get().regionId());
        }
        return Optional.of(new RotationSchedule(rule, anchor, offset));
    }

    /** Returns the index of the period that contains the day (negative before the anchor). */
    public int periodOf(LocalDate day) {
        int k = Math.floorDiv(day.getYear() - anchor.getYear(), rule.periodYears());
        while (start(k).isAfter(day)) {
            k--;
        }
        while (!start(k + 1).isAfter(day)) {
            k++;
        }
        return k;
    }

    /** Returns the first day of period k. */
    public LocalDate start(int k) {
        return anchor.plusYears((long) k * rule.periodYears());
    }

    /** Returns the last day of period k. */
    public LocalDate end(int k) {
        return start(k + 1).minusDays(1);
    }

    /** Returns who holds the duty on the day: from the order, or a recorded holding, or empty when unknown. */
    public Optional<Period> on(RotationRule.Duty duty, LocalDate day) {
        return Optional.of(period(duty, periodOf(day)));
    }

    /** Returns {@code count} periods from the one containing {@code from}. */
    public List<Period> periods(RotationRule.Duty duty, LocalDate from, int count) {
        List<Period> out = new ArrayList<>();
        int k = periodOf(from);
        for (int i = 0; i < count; i++) {
            out.add(period(duty, k + i));
        }
        return out;
    }

    /** Returns the periods that cover the {@code years} years from {@code from}. */
    public List<Period> forYears(RotationRule.Duty duty, LocalDate from, int years) {
        LocalDate until = from.plusYears(years);
        List<Period> out = new ArrayList<>();
        for (int k = periodOf(from); start(k).isBefore(until); k++) {
            out.add(period(duty, k));
        }
        return out;
    }

    private Period period(RotationRule.Duty duty, int k) {
        LocalDate from = start(k);
        LocalDate until = end(k);
        Optional<RotationRule.Holding> recorded = rule.observed().stream()
                .filter(h -> h.duty() == duty && h.validity().contains(from))
                .findFirst();
        if (recorded.isPresent()) {
            return new Period(k, from, until, recorded.get().regionId(), Basis.RECORDED, recorded.get().sources());
        }
        if (!rule.order().isEmpty()) {
            return new Period(k, from, until, rule.order().get(Math.floorMod(k + offset, rule.order().size())), Basis.COMPUTED,
                    List.of());
        }
        return new Period(k, from, until, null, Basis.UNKNOWN, List.of());
    }

    /** How a period's holder is known. */
    public enum Basis {
        /** A source names the holder for this period. */
        RECORDED,
        /** The rule's order gives the holder. */
        COMPUTED,
        /** The rule gives no order and no source names the holder. */
        UNKNOWN
    }

    /**
     * One period of the rotation.
     *
     * @param regionId the holder, or null when unknown
     * @param sources for a recorded holder, the sources the holding names (empty when it relies on the body's)
     */
    public record Period(int index, LocalDate from, LocalDate until, String regionId, Basis basis,
            List<se.regionkarta.provenance.model.SourceRef> sources) {

        public Period {
            sources = List.copyOf(sources);
        }
    }
}
