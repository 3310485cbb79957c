package se.regionkarta.store;

import se.regionkarta.dataset.model.FactKind;

/**
 * An edit expected a version of a fact the store no longer (or never) has: someone else changed it
 * since the editor read it. Nothing of the write was stored; the editing layer answers 412.
 */
public final class StaleWrite extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient FactKind kind;
    private final String id;
    private final int currentVersion;

    public StaleWrite(FactKind kind, String id, int expectedVersion, int currentVersion) {
        super(kind + " '" + id + "' is at version " + currentVersion + ", not " + expectedVersion
                + (currentVersion == 0 ? " (it does not exist)" : "") + "; read it again");
        this.kind = kind;
        this.id = id;
        this.currentVersion = currentVersion;
    }

    public FactKind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    /** Returns the version the store holds, 0 when it holds no such fact. */
    public int currentVersion() {
        return currentVersion;
    }
}
