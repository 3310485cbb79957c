package se.regionkarta.dataset.model;

/**
 * A rule of the registry that a fact breaks, found by {@link DatasetRules}.
 *
 * @param kind the kind of the offending fact
 * @param id its id
 * @param occurrence which of the facts with this id is meant: 0 for the first, 1 for the second …
 *     (only a duplicate id has more than one)
 */
public record Violation(FactKind kind, String id, String message, int occurrence) {

    public Violation(FactKind kind, String id, String message) {
        this(kind, id, message, 0);
    }
}
