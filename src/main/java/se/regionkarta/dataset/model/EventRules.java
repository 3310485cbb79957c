package se.regionkarta.dataset.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.ChangeKind;
import se.regionkarta.registry.model.Unit;

/**
 * The organisation's history is told once: every event names units that exist, and the units'
 * lifetimes, names and parents agree with what the event says happened on its date.
 */
final class EventRules {

    private EventRules() {
    }

    static List<Violation> check(Dataset d, Index index) {
        List<Violation> found = new ArrayList<>();
        for (ChangeEvent e : d.all(ChangeEvent.class)) {
            int before = found.size();
            if (e.decidedBy() != null && !index.has(FactKind.BODY, e.decidedBy())) {
                found.add(violation(e, "decided_by '" + e.decidedBy() + "' does not exist among the bodies")
                        .at("decided_by").assuming(Premise.noSuch(FactKind.BODY, e.decidedBy())));
            }
            for (String id : concat(e.originals(), e.results())) {
                if (!index.has(FactKind.UNIT, id)) {
                    found.add(violation(e, "unit '" + id + "' does not exist")
                            .at(e.originals().contains(id) ? "originals" : "results", id)
                            .assuming(Premise.noSuch(FactKind.UNIT, id)));
                }
            }
            if (e.newParent() != null && !index.has(FactKind.UNIT, e.newParent())) {
                found.add(violation(e, "new_parent '" + e.newParent() + "' does not exist")
                        .at("new_parent").assuming(Premise.noSuch(FactKind.UNIT, e.newParent())));
            }
            if (found.size() == before) { // only an event whose units exist can be checked against them
                found.addAll(consistency(e, index));
            }
        }
        return found;
    }

    /**
     * Holds the event against its units. Each violation takes for granted that every other event
     * naming those units was read, since events date the units they form and end.
     */
    private static List<Violation> consistency(ChangeEvent e, Index index) {
        List<Violation> found = new ArrayList<>();
        LocalDate day = e.date().firstDay();
        LocalDate dayBefore = day.minusDays(1);
        for (String id : e.results()) {
            Unit u = index.get(Unit.class, id);
            if (e.begins(id) && (u.validity().from() == null || !u.validity().firstDay().equals(day))) {
                found.add(about(e, id, "results", "'" + id + "' is formed by the " + e.kind().english() + " on " + e.date()
                        + " but its lifetime begins " + (u.validity().from() == null ? "at no date" : "on " + u.validity().from())));
            } else if (!u.validity().contains(day)) {
                found.add(about(e, id, "results", "'" + id + "' is a result of the " + e.kind().english() + " on " + e.date()
                        + " but does not exist then (" + u.validity() + ")"));
            }
        }
        for (String id : e.originals()) {
            Unit u = index.get(Unit.class, id);
            if (e.ends(id) && (u.validity().until() == null || !u.validity().lastDay().equals(dayBefore))) {
                found.add(about(e, id, "originals", "'" + id + "' ends with the " + e.kind().english() + " on " + e.date()
                        + ", so its lifetime must end on " + dayBefore + ", not " + (u.validity().until() == null ? "never" : u.validity().until())));
            } else if (!u.validity().contains(dayBefore)) {
                found.add(about(e, id, "originals", "'" + id + "' is an original of the " + e.kind().english() + " on " + e.date()
                        + " but does not exist the day before (" + u.validity() + ")"));
            }
        }
        if (e.newParent() != null) {
            for (String id : e.results()) {
                Optional<String> parent = index.get(Unit.class, id).parentOn(day);
                if (!parent.equals(Optional.of(e.newParent()))) {
                    found.add(about(e, id, "new_parent", "'" + id + "' should sit under '" + e.newParent() + "' from " + e.date()
                            + " but its parent then is " + parent.map(p -> "'" + p + "'").orElse("none")));
                }
            }
        }
        if (e.kind() == ChangeKind.RENAME) {
            Unit u = index.get(Unit.class, e.originals().get(0));
            if (!u.nameOn(day).equals(e.newName())) {
                found.add(about(e, u.id(), "new_name", "'" + u.id() + "' should be called '" + e.newName() + "' from " + e.date()
                        + " but is called '" + u.nameOn(day) + "'"));
            } else if (u.nameOn(dayBefore).equals(u.nameOn(day))) {
                found.add(about(e, u.id(), "new_name", "'" + u.id() + "' is renamed on " + e.date() + " but has the name '" + u.nameOn(day)
                        + "' on both sides of that date (give it a former name that ends " + dayBefore + ")"));
            }
        }
        if (e.kind() == ChangeKind.MOVE) {
            Unit u = index.get(Unit.class, e.originals().get(0));
            Optional<String> from = u.parentOn(dayBefore);
            Optional<String> to = u.parentOn(day);
            if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
                found.add(about(e, u.id(), "date", "'" + u.id() + "' is moved on " + e.date() + " but its parent links do not change then ("
                        + from.orElse("none") + " before, " + to.orElse("none") + " after)"));
            }
        }
        return found;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(x -> !a.contains(x)).forEach(all::add);
        return all;
    }

    /** A violation of an event about one of its units, written in {@code field}. */
    private static Violation about(ChangeEvent e, String unitId, String field, String message) {
        return violation(e, message).at(field, unitId).assuming(HierarchyRules.datedByEvents(unitId));
    }

    private static Violation violation(ChangeEvent e, String message) {
        return new Violation(FactKind.EVENT, e.id(), "event '" + e.id() + "': " + message);
    }
}
