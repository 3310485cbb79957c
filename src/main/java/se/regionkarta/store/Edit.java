package se.regionkarta.store;

import java.time.LocalDate;
import java.util.Objects;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.provenance.model.Identified;

/**
 * One fact to put (insert or replace) or close, as an editor asks it of {@link Store#write}.
 *
 * @param expectedVersion the version the editor read: 0 when the fact must not exist yet
 * @param fact the fact to put; null when closing
 * @param closeOn the day the fact ends; non-null exactly when closing
 */
public record Edit(FactKind kind, String id, int expectedVersion, Identified fact, LocalDate closeOn) {

    public Edit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if ((fact == null) == (closeOn == null)) {
            throw new IllegalArgumentException("an edit either puts a fact or closes one on a day");
        }
        if (fact != null && (FactKind.of(fact) != kind || !fact.id().equals(id))) {
            throw new IllegalArgumentException("the fact put is not " + kind + " '" + id + "'");
        }
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("a version is never negative");
        }
    }

    /** Returns an edit that inserts the fact (expectedVersion 0) or replaces the version read. */
    public static Edit put(Identified fact, int expectedVersion) {
        return new Edit(FactKind.of(fact), fact.id(), expectedVersion, fact, null);
    }

    /** Returns an edit that ends the fact on the day (a fact of a kind without a period is withdrawn). */
    public static Edit close(FactKind kind, String id, int expectedVersion, LocalDate day) {
        return new Edit(kind, id, expectedVersion, null, Objects.requireNonNull(day, "day"));
    }

    String key() {
        return JdbiFactStore.key(kind.section(), id);
    }
}
