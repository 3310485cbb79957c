package se.regionkarta.history;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.Lineage;
import se.regionkarta.history.model.RegistryDiff;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Term;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * The registry's history: lineage through change events, and what differs between two dates. One
 * per snapshot ({@link #of}).
 */
public final class HistoryQueries {

    private final Snapshot snapshot;
    private final Map<String, List<ChangeEvent>> byUnit = new HashMap<>();

    private HistoryQueries(Snapshot snapshot) {
        this.snapshot = snapshot;
        for (ChangeEvent e : snapshot.dataset().all(ChangeEvent.class)) {
            Set<String> units = new HashSet<>(e.originals());
            units.addAll(e.results());
            units.forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(e));
        }
        byUnit.values().forEach(list -> list.sort(Comparator.comparing(ChangeEvent::date)));
    }

    public static HistoryQueries of(Snapshot snapshot) {
        return snapshot.memo(HistoryQueries.class, HistoryQueries::new);
    }

    /** Returns the events that concern a unit, oldest first. */
    public List<ChangeEvent> eventsOf(String unitId) {
        return byUnit.getOrDefault(unitId, List.of());
    }

    /** Returns a unit's predecessors and successors through the events, followed transitively. */
    public Lineage lineage(String unitId) {
        return new Lineage(unitId, walk(unitId, true), walk(unitId, false), eventsOf(unitId).stream()
                .filter(e -> e.originals().contains(unitId) && e.results().contains(unitId)).toList());
    }

    /**
     * Returns the key figures of a unit's predecessors, followed transitively, nearest first, each
     * with the step that links its predecessor to the unit. The rule: a predecessor's figures are
     * history. They are shown beside the unit's own figures, labelled with the predecessor and the
     * event, and never added into them: a merger's figures are not the sum of its originals', and a
     * split's parts do not inherit the whole (issue 5).
     */
    public List<Lineage.PredecessorFigure> predecessorFigures(String unitId) {
        return lineage(unitId).predecessors().stream()
                .flatMap(step -> FigureQueries.of(snapshot).of(step.from()).stream().map(f -> new Lineage.PredecessorFigure(step, f)))
                .toList();
    }

    /**
     * Returns the events that concern a region, oldest first: those with a unit that belonged to it
     * (or to a top-level unit of the same county, such as its predecessors) on the day before the
     * event (originals) or on its day (results).
     */
    public List<ChangeEvent> eventsOfRegion(String regionId) {
        Unit region = snapshot.unit(regionId).orElseThrow();
        return snapshot.dataset().all(ChangeEvent.class).stream().filter(e -> {
            LocalDate day = e.date().firstDay();
            return e.originals().stream().anyMatch(u -> inRegion(u, day.minusDays(1), region))
                    || e.results().stream().anyMatch(u -> inRegion(u, day, region));
        }).sorted(Comparator.comparing(ChangeEvent::date)).toList();
    }

    private boolean inRegion(String unitId, LocalDate day, Unit region) {
        List<Unit> chain = snapshot.ancestry(unitId, day);
        return !chain.isEmpty() && (chain.get(0).id().equals(region.id()) || sameCounty(chain.get(0), region));
    }

    private List<Lineage.Step> walk(String start, boolean backwards) {
        List<Lineage.Step> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(start));
        Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>(List.of(Map.entry(start, 1)));
        while (!queue.isEmpty()) {
            Map.Entry<String, Integer> at = queue.poll();
            for (ChangeEvent e : eventsOf(at.getKey())) {
                boolean linked = backwards ? e.results().contains(at.getKey()) : e.originals().contains(at.getKey());
                List<String> others = backwards ? e.originals() : e.results();
                if (!linked) {
                    continue;
                }
                for (String other : others) {
                    if (seen.add(other)) {
                        steps.add(backwards ? new Lineage.Step(e, other, at.getKey(), at.getValue())
                                : new Lineage.Step(e, at.getKey(), other, at.getValue()));
                        queue.add(Map.entry(other, at.getValue() + 1));
                    }
                }
            }
        }
        return steps;
    }

    /**
     * Compares a region's organisation and assembly on two dates: units added, closed, renamed and
     * moved, and the seats of its assemblies.
     */
    public RegistryDiff diff(String regionId, LocalDate from, LocalDate to) {
        Map<String, Unit> before = unitsOf(regionId, from);
        Map<String, Unit> after = unitsOf(regionId, to);
        List<RegistryDiff.UnitChange> changes = new ArrayList<>();
        after.values().stream().filter(u -> !before.containsKey(u.id()))
                .forEach(u -> changes.add(change(RegistryDiff.Change.ADDED, u, from, to)));
        before.values().stream().filter(u -> !after.containsKey(u.id()))
                .forEach(u -> changes.add(change(RegistryDiff.Change.CLOSED, u, from, to)));
        for (Unit u : after.values()) {
            if (!before.containsKey(u.id())) {
                continue;
            }
            if (!u.nameOn(from).equals(u.nameOn(to))) {
                changes.add(change(RegistryDiff.Change.RENAMED, u, from, to));
            }
            if (!Objects.equals(u.parentOn(from), u.parentOn(to))) {
                changes.add(change(RegistryDiff.Change.MOVED, u, from, to));
            }
        }
        return new RegistryDiff(regionId, from, to, changes, seatChanges(regionId, from, to), eventsBetween(regionId, from, to));
    }

    private RegistryDiff.UnitChange change(RegistryDiff.Change kind, Unit u, LocalDate from, LocalDate to) {
        return new RegistryDiff.UnitChange(kind, u.id(), u.nameOn(from), u.nameOn(to), u.parentOn(from).orElse(null),
                u.parentOn(to).orElse(null));
    }

    /** Returns the units of a region (or its predecessors in the same county) on a day, by id. */
    private Map<String, Unit> unitsOf(String regionId, LocalDate day) {
        Map<String, Unit> out = new LinkedHashMap<>();
        Unit region = snapshot.unit(regionId).orElseThrow();
        for (Unit root : snapshot.roots(day)) {
            if (root.id().equals(regionId) || sameCounty(root, region)) {
                out.put(root.id(), root);
                snapshot.subtree(root.id(), day).forEach(u -> out.put(u.id(), u));
            }
        }
        return out;
    }

    static boolean sameCounty(Unit a, Unit b) {
        var code = a.identifier(Identifier.Scheme.COUNTY_CODE);
        return code.isPresent() && code.equals(b.identifier(Identifier.Scheme.COUNTY_CODE));
    }

    private List<RegistryDiff.SeatChange> seatChanges(String regionId, LocalDate from, LocalDate to) {
        Optional<Term> termFrom = PoliticsQueries.of(snapshot).termOn(from);
        Optional<Term> termTo = PoliticsQueries.of(snapshot).termOn(to);
        List<RegistryDiff.SeatChange> out = new ArrayList<>();
        for (Body b : snapshot.dataset().all(Body.class)) {
            if (!b.regionId().equals(regionId)) {
                continue;
            }
            Map<String, Integer> a = seats(b, termFrom);
            Map<String, Integer> z = seats(b, termTo);
            if (!a.equals(z)) {
                out.add(new RegistryDiff.SeatChange(b.id(), b.name(), termFrom.map(Term::id).orElse(null),
                        termTo.map(Term::id).orElse(null), a, z));
            }
        }
        return out;
    }

    private Map<String, Integer> seats(Body b, Optional<Term> term) {
        Map<String, Integer> out = new LinkedHashMap<>();
        term.ifPresent(t -> PoliticsQueries.of(snapshot).seats(b.id(), t.id()).forEach(s -> out.put(s.partyId(), s.seats())));
        return out;
    }

    private List<ChangeEvent> eventsBetween(String regionId, LocalDate from, LocalDate to) {
        Set<String> units = new HashSet<>(unitsOf(regionId, from).keySet());
        units.addAll(unitsOf(regionId, to).keySet());
        return snapshot.dataset().all(ChangeEvent.class).stream()
                .filter(e -> !e.date().firstDay().isBefore(from.plusDays(1)) && !e.date().firstDay().isAfter(to))
                .filter(e -> e.originals().stream().anyMatch(units::contains) || e.results().stream().anyMatch(units::contains))
                .sorted(Comparator.comparing(ChangeEvent::date)).toList();
    }
}
