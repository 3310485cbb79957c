package se.regionkarta.carechoice.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.Unit;

/**
 * How many provider units a scheme has on a day, by ownership, counted from the units that take
 * part in it, beside what the scheme's source states. The registry never types a count in: a
 * difference between the two means a unit is missing, closed or recorded twice, and is reported.
 * A source's figures describe the scheme when the source was written, so they are compared only on
 * days from then on; on earlier days the counted units are shown without a verdict.
 *
 * @param statedOn the first day the stated figures describe (the source's date), or null where unknown
 * @param rows one row per ownership that is either counted or stated, in the order of {@link Ownership}
 */
public record ProviderTally(String schemeId, LocalDate day, LocalDate statedOn, List<Row> rows) {

    public ProviderTally {
        rows = List.copyOf(rows);
    }

    /**
     * The count for one kind of ownership.
     *
     * @param units provider units of this ownership in the scheme on the day
     * @param unnamed how many of them stand for units the sources count but do not name
     * @param stated the number the scheme's source states, or null where it states none
     * @param noun the source's word for the units ("hälsocentraler"), or null
     */
    public record Row(Ownership ownership, int units, int unnamed, Integer stated, String noun) {

        /** Tells whether the units counted agree with the stated number (or nothing is stated). */
        public boolean agrees() {
            return stated == null || stated == units;
        }

        public int named() {
            return units - unnamed;
        }
    }

    /** Tells whether the stated figures describe the day, so that the counts can be held against them. */
    public boolean compared() {
        return statedOn == null || !day.isBefore(statedOn);
    }

    /** Tells whether every counted row agrees with what the source states, on a day the figures describe. */
    public boolean agrees() {
        return !compared() || rows.stream().allMatch(Row::agrees);
    }

    /** Returns the units counted in all. */
    public int total() {
        return rows.stream().mapToInt(Row::units).sum();
    }

    /** Returns the row of an ownership, if it is counted or stated. */
    public Optional<Row> row(Ownership ownership) {
        return rows.stream().filter(r -> r.ownership() == ownership).findFirst();
    }

    /**
     * Counts the providers of a scheme on a day. A provider counts when both its part in the scheme
     * and its unit hold on the day; a unit taking part twice (two operators in turn, say) counts once.
     *
     * @param units finds a unit by id; providers whose unit is unknown or has no ownership are not counted
     *     (validation rejects such data before it gets here)
     */
    public static ProviderTally of(CareChoiceScheme scheme, Collection<SchemeProvider> providers,
            Function<String, Unit> units, LocalDate day, LocalDate statedOn) {
        Map<Ownership, Set<String>> counted = new EnumMap<>(Ownership.class);
        Map<Ownership, Set<String>> unnamed = new EnumMap<>(Ownership.class);
        for (SchemeProvider p : providers) {
            Unit unit = units.apply(p.unitId());
            if (!p.schemeId().equals(scheme.id()) || !p.validity().contains(day) || unit == null
                    || unit.ownership() == null || !unit.validity().contains(day)) {
                continue;
            }
            counted.computeIfAbsent(unit.ownership(), o -> new HashSet<>()).add(unit.id());
            if (!p.named()) {
                unnamed.computeIfAbsent(unit.ownership(), o -> new HashSet<>()).add(unit.id());
            }
        }
        Map<Ownership, ProviderCount> stated = new EnumMap<>(Ownership.class);
        scheme.providers().forEach(c -> stated.put(c.ownership(), c));
        List<Row> rows = new ArrayList<>();
        for (Ownership o : Ownership.values()) {
            ProviderCount s = stated.get(o);
            if (s == null && !counted.containsKey(o)) {
                continue;
            }
            rows.add(new Row(o, counted.getOrDefault(o, Set.of()).size(),
                    unnamed.getOrDefault(o, Set.of()).size(), s == null ? null : s.count(),
                    s == null ? null : s.unitNoun()));
        }
        return new ProviderTally(scheme.id(), day, statedOn, rows);
    }
}
