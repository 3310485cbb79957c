package se.regionkarta.dataset.model;

/**
 * A rule of the registry that a fact breaks, found by {@link DatasetRules}.
 *
 * @param kind the kind of the offending fact
 * @param id its id
 */
public record Violation(FactKind<?> kind, String id, String message) {
}
