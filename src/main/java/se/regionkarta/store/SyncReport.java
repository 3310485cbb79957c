package se.regionkarta.store;

/** What loading a dataset into the store changed. */
public record SyncReport(int inserted, int updated, int deleted, int unchanged) {

    public boolean changedAnything() {
        return inserted + updated + deleted > 0;
    }

    @Override
    public String toString() {
        return inserted + " added, " + updated + " changed, " + deleted + " removed, " + unchanged + " unchanged";
    }
}
