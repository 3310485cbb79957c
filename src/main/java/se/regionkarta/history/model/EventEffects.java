package se.regionkarta.history.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.FormerName;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;

/**
 * What a reorganisation does to its units, so that an editor writes the event and the units follow,
 * as they do in the data files: a rename keeps the old name as a former name, a move ends the old
 * parent link and starts the new one, originals that the event ends end the day before, and
 * results that it forms begin on its date. The event rules then check the outcome as for files.
 */
public final class EventEffects {

    private EventEffects() {
    }

    /**
     * Returns the units the event changes, as they are after it, in the order the event names them.
     *
     * @param unit the units as they are now, by id; null for a unit that does not exist
     */
    public static List<Unit> apply(ChangeEvent e, Function<String, Unit> unit) {
        Map<String, Unit> changed = new LinkedHashMap<>();
        Function<String, Unit> latest = id -> changed.containsKey(id) ? changed.get(id) : unit.apply(id);
        PartialDate day = e.date();
        for (String id : e.originals()) {
            Unit u = latest.apply(id);
            if (u != null && e.ends(id) && u.validity().until() == null) {
                changed.put(id, withValidity(u, new Validity(u.validity().from(), day.previous())));
            }
        }
        for (String id : e.results()) {
            Unit u = latest.apply(id);
            if (u == null) {
                continue;
            }
            if (e.begins(id) && u.validity().from() == null) {
                u = withValidity(u, new Validity(day, u.validity().until()));
            }
            if (e.kind() == ChangeKind.RENAME && !e.newName().equals(u.nameOn(day.firstDay()))) {
                u = renamed(u, e.newName(), day);
            }
            if (e.newParent() != null && !u.parentOn(day.firstDay()).equals(java.util.Optional.of(e.newParent()))) {
                u = moved(u, e.newParent(), day);
            }
            if (u != latest.apply(id)) {
                changed.put(id, u);
            }
        }
        return List.copyOf(changed.values());
    }

    private static Unit renamed(Unit u, String newName, PartialDate day) {
        List<FormerName> former = new ArrayList<>(u.formerNames());
        PartialDate usedSince = former.stream().map(f -> f.validity().until()).max(PartialDate::compareTo)
                .map(PartialDate::next).orElse(u.validity().from());
        former.add(new FormerName(u.name(), new Validity(usedSince, day.previous())));
        return new Unit(u.id(), newName, u.nameEn(), former, u.kind(), u.parents(), u.validity(), u.ownership(), u.location(),
                u.identifiers(), u.description(), u.descriptionEn(), u.note(), u.sources());
    }

    private static Unit moved(Unit u, String newParent, PartialDate day) {
        List<ParentLink> links = new ArrayList<>();
        for (ParentLink link : u.parents()) {
            boolean open = link.validity().until() == null || !link.validity().lastDay().isBefore(day.firstDay());
            links.add(open && link.validity().contains(day.firstDay())
                    ? new ParentLink(link.parentId(), new Validity(link.validity().from(), day.previous()))
                    : link);
        }
        links.add(new ParentLink(newParent, new Validity(day, null)));
        return u.withParents(links);
    }

    private static Unit withValidity(Unit u, Validity v) {
        return new Unit(u.id(), u.name(), u.nameEn(), u.formerNames(), u.kind(), u.parents(), v, u.ownership(), u.location(),
                u.identifiers(), u.description(), u.descriptionEn(), u.note(), u.sources());
    }
}
