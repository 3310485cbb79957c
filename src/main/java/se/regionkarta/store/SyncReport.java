package se.regionkarta.store;

/**
 * What loading a dataset into the store changed. A load erases nothing: a fact the dataset no
 * longer holds is closed (dated kinds) or withdrawn (the others), unless a fact that stays refers
 * to it, and then it is kept as it was.
 *
 * @param reopened facts closed or withdrawn before that the dataset holds again
 * @param kept facts the dataset no longer holds that stay, unchanged, because facts that stay (closed
 *     ones) refer to them: the persons of closed appointments, the sources they cite
 */
public record SyncReport(int inserted, int updated, int closed, int withdrawn, int reopened, int unchanged, int kept) {

    public boolean changedAnything() {
        return inserted + updated + closed + withdrawn + reopened > 0;
    }

    /** Returns how many facts the load closes or withdraws. */
    public int ending() {
        return closed + withdrawn;
    }

    @Override
    public String toString() {
        return inserted + " added, " + updated + " changed, " + closed + " closed, " + withdrawn + " withdrawn, "
                + reopened + " reopened, " + unchanged + " unchanged"
                + (kept == 0 ? "" : " (" + kept + " no longer in the data kept: closed facts refer to them)");
    }
}
