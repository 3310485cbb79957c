package se.regionkarta.store;

import java.util.Locale;

/**
 * What became of a stored fact (docs/decisions/0021-closing-not-erasing-and-serialised-writes.md).
 * A store never erases: a fact is closed (it keeps its record, now with an end date) or withdrawn
 * (no longer among the registry's facts, its last record kept in the store and the change log).
 */
enum FactState {
    /** As a data set or an editor gave it. */
    CURRENT,
    /** Ended by a load or an edit: its record carries the end date; still read, as history. */
    CLOSED,
    /** No longer among the registry's facts; kept, with its last record, but not read. */
    WITHDRAWN;

    /** Returns the value of the {@code state} column. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FactState of(String column) {
        return valueOf(column.toUpperCase(Locale.ROOT));
    }
}
