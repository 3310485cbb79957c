package se.regionkarta.history;

import java.time.OffsetDateTime;

/**
 * One change to the registry, as the store logged it: the change feed's unit.
 *
 * @param seq the change's place in the log; strictly increasing, the cursor to resume from
 * @param actor who recorded it (the person or process that loaded or edited the data)
 * @param action {@code insert}, {@code update} or {@code delete}
 * @param kind the kind of fact, as in the export ({@code units}, {@code seats}, …)
 */
public record Change(long seq, OffsetDateTime at, String actor, String action, String kind, String id, String regionId) {
}
