package se.regionkarta.store;

/**
 * A writer found a fact changed under it (its version moved, or a fact it inserts exists). Under
 * the writers' lock this cannot happen; should it, the transaction is undone and the store tried
 * again, so that the store always equals a complete sequence of writes.
 */
public final class ConcurrentChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConcurrentChange(String message, Throwable cause) {
        super(message, cause);
    }
}
