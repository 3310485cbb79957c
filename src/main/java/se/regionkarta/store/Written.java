package se.regionkarta.store;

import java.util.List;

/**
 * A write done: the sequence numbers of its changes in the change log, and the store's change
 * signal after it ({@link Store#generation()}). A write that changed nothing has no numbers.
 */
public record Written(List<Long> seqs, long generation) {

    public Written {
        seqs = List.copyOf(seqs);
    }
}
