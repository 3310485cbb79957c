package se.regionkarta.dataset.model;

import java.util.Objects;

/**
 * What a rule took for granted about facts that are not in the dataset when it found a violation.
 * While some entries of the data files could not be read, a premise may be false: the unit that
 * "does not exist" may be in an entry that failed, the seats that "add up to 40" may lack a row
 * that failed. The violation is then only a consequence of that failure, and whoever read the
 * files (the loader) holds it back until the entry is fixed, so that one broken entry gives one
 * problem and not a cascade.
 *
 * @param kind the kind of the facts concerned, or null for facts of any kind
 */
public record Premise(Form form, FactKind kind, String id) {

    /** The two things rules take for granted. */
    public enum Form {
        /** No fact of the kind has the id (a reference that points nowhere). */
        NO_SUCH,
        /** Every fact of the kind that names the id was read (a total, a lifetime dated by events). */
        ALL_NAMING
    }

    public Premise {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(id, "id");
    }

    /** Takes for granted that no fact of the kind has the id. */
    public static Premise noSuch(FactKind kind, String id) {
        return new Premise(Form.NO_SUCH, kind, id);
    }

    /** Takes for granted that no fact of any kind has the id. */
    public static Premise noSuchOfAnyKind(String id) {
        return new Premise(Form.NO_SUCH, null, id);
    }

    /** Takes for granted that every fact of the kind that names the id was read. */
    public static Premise allNaming(FactKind kind, String id) {
        return new Premise(Form.ALL_NAMING, kind, id);
    }
}
