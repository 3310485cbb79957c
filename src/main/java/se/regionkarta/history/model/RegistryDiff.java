package se.regionkarta.history.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What differs in a region between two dates.
 *
 * @param events the change events that took effect after {@code from} and up to {@code to}
 */
public record RegistryDiff(String regionId, LocalDate from, LocalDate to, List<UnitChange> units, List<SeatChange> seats,
        List<ChangeEvent> events) {

    public RegistryDiff {
        units = List.copyOf(units);
        seats = List.copyOf(seats);
        events = List.copyOf(events);
    }

    public boolean isEmpty() {
        return units.isEmpty() && seats.isEmpty();
    }

    /** How a unit differs. */
    public enum Change { ADDED, CLOSED, RENAMED, MOVED }

    /** A unit that differs, with its name and parent on both dates (null where it did not exist or had none). */
    public record UnitChange(Change change, String unitId, String nameBefore, String nameAfter, String parentBefore,
            String parentAfter) {
    }

    /** The seats of a body on both dates, per party. */
    public record SeatChange(String bodyId, String bodyName, String termBefore, String termAfter,
            Map<String, Integer> before, Map<String, Integer> after) {
    }
}
