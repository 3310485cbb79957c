package se.regionkarta.registry.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Validity;

/** A name a unit had, and when: its names over time are its former names and then its current one. */
public record NamePeriod(String name, Validity validity) {

    /**
     * Returns a unit's names over time, oldest first: each former name with its period, then the
     * current name from the period after the last former name (or the unit's start) to the unit's end.
     */
    public static List<NamePeriod> of(Unit u) {
        List<FormerName> former = u.formerNames().stream()
                .sorted(Comparator.comparing(f -> f.validity().firstDay())).toList();
        List<NamePeriod> out = new ArrayList<>();
        former.forEach(f -> out.add(new NamePeriod(f.name(), f.validity())));
        PartialDate from = former.isEmpty() ? u.validity().from() : next(former.get(former.size() - 1).validity().until());
        PartialDate until = u.validity().until();
        boolean ordered = from == null || until == null || !from.firstDay().isAfter(until.lastDay());
        out.add(new NamePeriod(u.name(), new Validity(ordered ? from : null, until))); // disorder: bad data, not ours to refuse
        return out;
    }

    /** Returns the period just after a date at the same precision: the next day, month or year. */
    public static PartialDate next(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> PartialDate.ofYear(d.year() + 1);
            case MONTH -> {
                YearMonth ym = YearMonth.of(d.year(), d.month()).plusMonths(1);
                yield new PartialDate(ym.getYear(), ym.getMonthValue(), null);
            }
            case DAY -> PartialDate.of(d.firstDay().plusDays(1));
        };
    }
}
