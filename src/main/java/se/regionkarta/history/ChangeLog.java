package se.regionkarta.history;

import java.time.OffsetDateTime;
import java.util.List;
import se.regionkarta.dataset.model.FactKind;
import java.util.Map;
import java.util.Optional;

/** The log of every change to the registry, in order: what other systems sync from. */
public interface ChangeLog {

    /**
     * Returns up to {@code limit} changes made at or after {@code since} (null: from the start) and with
     * a sequence number above {@code afterSeq}, oldest first.
     */
    List<Change> changes(OffsetDateTime since, long afterSeq, int limit);

    /** Returns the latest change to each fact, keyed {@code kind:id}: who recorded it and when. */
    Map<String, Change> latestByFact();

    /** Returns the latest changes to one fact, newest first, at most {@code limit}, each with the fact before and after. */
    default List<AuditEntry> audit(FactKind kind, String id, int limit) {
        return List.of();
    }

    /**
     * Returns the latest changes to the facts of a region (those the store counts as the region's:
     * its units, bodies, seats, figures …), newest first, at most {@code limit}.
     */
    default List<AuditEntry> auditOfRegion(String regionId, int limit) {
        return List.of();
    }

    /** Returns the latest change to one fact, if the log has any. */
    default Optional<Change> latest(String kind, String id) {
        return Optional.ofNullable(latestByFact().get(kind + ":" + id));
    }

    /** A log with nothing in it, for a registry read straight from data files. */
    ChangeLog EMPTY = new ChangeLog() {
        @Override
        public List<Change> changes(OffsetDateTime since, long afterSeq, int limit) {
            return List.of();
        }

        @Override
        public Map<String, Change> latestByFact() {
            return Map.of();
        }
    };
}
