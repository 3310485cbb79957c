package se.regionkarta.store;

import java.util.Objects;

/**
 * Who writes and why, for the change log.
 *
 * @param sourceId the source the write cites; it may be one inserted by the same write
 * @param comment the writer's comment; may be null
 * @param reverts the sequence number of the change this write reverts, or null
 */
public record Why(String actor, String sourceId, String comment, Long reverts) {

    public Why {
        Objects.requireNonNull(actor, "actor");
    }
}
