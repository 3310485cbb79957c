package se.regionkarta.dataset.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.politics.model.Body;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;

/**
 * The organisation is a tree on every day: a unit has at most one parent at a time, a parent exists
 * while it has the child, and no unit is its own ancestor.
 */
final class HierarchyRules {

    private HierarchyRules() {
    }

    static List<Violation> check(Dataset d, Index index) {
        List<Violation> found = new ArrayList<>();
        for (Unit u : d.all(Unit.class)) {
            found.addAll(parentLinks(u, index));
        }
        found.addAll(cycles(d.all(Unit.class)));
        for (Body b : d.all(Body.class)) {
            if (b.parentId() != null && index.has(FactKind.BODY, b.parentId())
                    && !index.get(Body.class, b.parentId()).regionId().equals(b.regionId())) {
                found.add(new Violation(FactKind.BODY, b.id(), "'" + b.id() + "' works under '" + b.parentId()
                        + "', which belongs to another region").at("parent", b.parentId()));
            }
        }
        for (CooperationBody c : d.all(CooperationBody.class)) {
            if (c.parentId() != null && index.has(FactKind.COOPERATION_BODY, c.parentId())
                    && !index.get(CooperationBody.class, c.parentId()).healthcareRegionId().equals(c.healthcareRegionId())) {
                found.add(new Violation(FactKind.COOPERATION_BODY, c.id(), "'" + c.id() + "' works under '"
                        + c.parentId() + "', which belongs to another healthcare region").at("parent", c.parentId()));
            }
        }
        for (KeyFigure f : d.all(KeyFigure.class)) {
            if (f.partOf() != null && index.has(FactKind.FIGURE, f.partOf())) {
                KeyFigure whole = index.get(KeyFigure.class, f.partOf());
                if (!whole.unitId().equals(f.unitId()) || !whole.metricId().equals(f.metricId())) {
                    found.add(new Violation(FactKind.FIGURE, f.id(), "the breakdown '" + f.id()
                            + "' must have the same unit and metric as the figure it breaks down ('" + whole.id() + "')")
                            .at("part_of"));
                }
            }
        }
        return found;
    }

    /**
     * A unit's links to its parents. Lifetimes may have been dated by events, so each violation takes
     * for granted that every event naming the units concerned was read.
     */
    private static List<Violation> parentLinks(Unit u, Index index) {
        List<Violation> found = new ArrayList<>();
        List<ParentLink> links = u.parents();
        for (int i = 0; i < links.size(); i++) {
            ParentLink link = links.get(i);
            for (int j = i + 1; j < links.size(); j++) {
                if (link.validity().overlaps(links.get(j).validity())) {
                    found.add(new Violation(FactKind.UNIT, u.id(), "'" + u.id() + "' would have two parents at once: '"
                            + link.parentId() + "' (" + link.validity() + ") and '" + links.get(j).parentId()
                            + "' (" + links.get(j).validity() + ")").at("parent", links.get(j).parentId())
                            .assuming(datedByEvents(u.id())));
                }
            }
            if (!link.validity().within(u.validity())) {
                found.add(new Violation(FactKind.UNIT, u.id(), "'" + u.id() + "' is placed under '" + link.parentId()
                        + "' for " + link.validity() + ", outside its own lifetime " + u.validity())
                        .at("parent", link.parentId()).assuming(datedByEvents(u.id())));
            }
            if (index.has(FactKind.UNIT, link.parentId())) {
                Unit parent = index.get(Unit.class, link.parentId());
                if (!link.validity().within(parent.validity())) {
                    found.add(new Violation(FactKind.UNIT, u.id(), "'" + u.id() + "' is placed under '" + parent.id()
                            + "' for " + link.validity() + ", but '" + parent.id() + "' exists only " + parent.validity())
                            .at("parent", parent.id()).assuming(datedByEvents(u.id()), datedByEvents(parent.id())));
                }
            }
        }
        return found;
    }

    /** Looks for a cycle on every day on which some parent link starts (and before the first). */
    private static List<Violation> cycles(List<Unit> units) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(1, 1, 1));
        for (Unit u : units) {
            for (ParentLink link : u.parents()) {
                if (link.validity().from() != null) {
                    days.add(link.validity().from().firstDay());
                }
                if (link.validity().until() != null) {
                    days.add(link.validity().until().lastDay().plusDays(1));
                }
            }
        }
        Set<String> reported = new HashSet<>();
        List<Violation> found = new ArrayList<>();
        for (LocalDate day : days) {
            Map<String, String> parentOf = new HashMap<>();
            for (Unit u : units) {
                u.parentOn(day).ifPresent(p -> parentOf.put(u.id(), p));
            }
            for (String start : parentOf.keySet()) {
                String cycle = cycleFrom(start, parentOf);
                if (cycle != null && reported.add(start)) {
                    found.add(new Violation(FactKind.UNIT, start, "'" + start + "' is its own ancestor on " + day + ": " + cycle)
                            .at("parent", parentOf.get(start)));
                }
            }
        }
        return found;
    }

    /** Takes for granted that every event naming the unit was read: events date units' lifetimes. */
    static Premise datedByEvents(String unitId) {
        return Premise.allNaming(FactKind.EVENT, unitId);
    }

    private static String cycleFrom(String start, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        StringBuilder path = new StringBuilder(start);
        String current = start;
        while (parentOf.containsKey(current)) {
            current = parentOf.get(current);
            path.append(" → ").append(current);
            if (current.equals(start)) {
                return path.toString();
            }
            if (!seen.add(current)) {
                return null; // a cycle further up, reported from one of its own members
            }
        }
        return null;
    }
}
