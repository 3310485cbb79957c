package se.regionkarta.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.Unit;

/**
 * Lets a unit's lifetime follow from the events: a unit that an event forms (a result that was not
 * an original) and that has no start date begins on the event's date; an original that the event
 * ends and that has no end date ends the period before. Dates an editor wrote are kept, and the
 * event rules check that they agree.
 */
final class EventDates {

    private EventDates() {
    }

    static Dataset apply(Dataset dataset) {
        if (dataset.all(ChangeEvent.class).isEmpty()) {
            return dataset;
        }
        Map<String, PartialDate> begins = new HashMap<>();
        Map<String, PartialDate> ends = new HashMap<>();
        for (ChangeEvent e : dataset.all(ChangeEvent.class)) {
            e.results().stream().filter(e::begins).forEach(u -> begins.putIfAbsent(u, e.date()));
            e.originals().stream().filter(e::ends).forEach(u -> ends.putIfAbsent(u, e.date().previous()));
        }
        List<Unit> units = dataset.all(Unit.class).stream().map(u -> dated(u, begins.get(u.id()), ends.get(u.id()))).toList();
        return dataset.with(Unit.class, units);
    }

    private static Unit dated(Unit u, PartialDate begins, PartialDate ends) {
        PartialDate from = u.validity().from() != null || begins == null ? u.validity().from() : begins;
        PartialDate until = u.validity().until() != null || ends == null ? u.validity().until() : ends;
        if (from == u.validity().from() && until == u.validity().until()) {
            return u;
        }
        return new Unit(u.id(), u.name(), u.nameEn(), u.formerNames(), u.kind(), u.parents(), new Validity(from, until),
                u.ownership(), u.location(), u.identifiers(), u.description(), u.descriptionEn(), u.note(), u.sources());
    }
}
