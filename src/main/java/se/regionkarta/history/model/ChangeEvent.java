package se.regionkarta.history.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.cli.Units;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A reorganisation: units formed, merged, split, renamed, moved, closed or a function transferred,
 * on a date, by a decision when known. Units are never deleted; their lifetimes follow the events.
 *
 * @param date the day (or month, or year) the change took effect
 * @param decidedBy the body that decided it, or null where unknown
 * @param decidedOn when the decision was taken, or null where unknown
 * @param originals the units as they were before
 * @param results the units as they are after
 * @param newParent where the results sit after the event (the new parent of a moved unit, the parent
 *     of a unit formed); null where the event does not place units
 * @param newName the name a renamed unit takes; null for other events
 */
public record ChangeEvent(
        String id,
        ChangeKind kind,
        PartialDate date,
        String decidedBy,
        PartialDate decidedOn,
        List<String> originals,
        List<String> results,
        String newParent,
        String newName,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public ChangeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        originals = List.copyOf(originals);
        results = List.copyOf(results);
        sources = List.copyOf(sources);
        switch (kind) {
            case FORMATION -> require(!results.isEmpty(), "a formation needs the units formed (results)");
            case MERGER -> require(originals.size() >= 2 && results.size() == 1,
                    "a merger needs two or more originals and one result");
            case SPLIT -> require(originals.size() == 1 && results.size() >= 2, "a split needs one original and two or more results");
            case RENAME, MOVE -> require(originals.size() == 1 && originals.equals(results),
                    "a " + kind.english() + " names the same single unit as original and result");
        }
        switch (kind) {
            case RENAME -> require(newName != null && !newName.isBlank(), "a rename needs the new name (new_name)");
            case MOVE -> require(newParent != null, "a move needs the new parent (new_parent)");
            default -> require(newName == null, "only a rename has a new name");
            case CLOSURE -> require(!originals.isEmpty() && results.isEmpty(), "a closure names the units closed and no results");
            case TRANSFER -> require(originals.size() == 1 && results.size() == 1 && !originals.equals(results),
                    "a transfer names the unit the function leaves and the unit it goes to");
        }
        if (decidedOn != null && decidedOn.firstDay().isAfter(date.lastDay())) {
            throw new IllegalArgumentException("the decision (" + decidedOn + ") comes after the change took effect (" + date + ")");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** An event holds on its date. */
    @Override
    public Validity validity() {
        return new Validity(date, date);
    }

    /** Tells whether a unit is an original that does not continue after the event. */
    public boolean ends(String unitId) {
        return originals.contains(unitId) && !results.contains(unitId) && kind != ChangeKind.RENAME && kind != ChangeKind.MOVE;
    }

    /** Tells whether a unit is a result that begins with the event. */
    public boolean begins(String unitId) {
        return results.contains(unitId) && !originals.contains(unitId);
    }
}
