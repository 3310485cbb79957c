package se.regionkarta.history;

import java.time.OffsetDateTime;

/**
 * One change to the registry, as the store logged it: the change feed's unit.
 *
 * @param seq the change's place in the log; gap-free and in the order the changes were committed,
 *     the cursor to resume from
 * @param actor who recorded it (the person or process that loaded or edited the data)
 * @param action {@code insert}, {@code update}, {@code close}, {@code withdraw} or {@code reopen}
 *     ({@code delete} in logs written before issue 12, when a load still erased)
 * @param kind the kind of fact, as in the export ({@code units}, {@code seats}, …)
 * @param sourceId the source the change cites, for a change written one by one; null for a load,
 *     whose facts cite their own sources
 * @param comment why: the editor's comment, or what closed or withdrew a fact ({@code not in DIR}); may be null
 * @param version the fact's version after the change (null in logs written before issue 12)
 * @param reverts the sequence number of the change this one reverts, or null
 */
public record Change(long seq, OffsetDateTime at, String actor, String action, String kind, String id, String regionId,
        String sourceId, String comment, Integer version, Long reverts) {

    /** Returns a change as logged before issue 12: without source, comment, version or revert. */
    public Change(long seq, OffsetDateTime at, String actor, String action, String kind, String id, String regionId) {
        this(seq, at, actor, action, kind, id, regionId, null, null, null, null);
    }
}
