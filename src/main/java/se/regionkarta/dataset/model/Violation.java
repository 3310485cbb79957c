package se.regionkarta.dataset.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule of the registry that a fact breaks, found by {@link DatasetRules}.
 *
 * @param kind the kind of the offending fact
 * @param id its id
 * @param occurrence which of the facts with this id is meant: 0 for the first, 1 for the second …
 *     (only a duplicate id has more than one)
 * @param field the field of the fact the violation concerns, as the data files write it
 *     ({@code parent}, {@code sources}, {@code parties}), so that it is reported at the line where
 *     that field is written; null for the fact as a whole
 * @param value the value within that field that is wrong (an element of a list, a key of a
 *     mapping: the source that does not exist), or null for the field as a whole
 * @param premises what the rule took for granted about facts that are not in the dataset
 */
public record Violation(FactKind kind, String id, int occurrence, String field, String value, String message,
        List<Premise> premises) {

    public Violation {
        premises = List.copyOf(premises);
    }

    public Violation(FactKind kind, String id, String message) {
        this(kind, id, message, 0);
    }

    public Violation(FactKind kind, String id, String message, int occurrence) {
        this(kind, id, occurrence, null, null, message, List.of());
    }

    /** Returns the same violation, concerning one field of the fact. */
    public Violation at(String field) {
        return at(field, null);
    }

    /** Returns the same violation, concerning one value within a field of the fact. */
    public Violation at(String field, String value) {
        return new Violation(kind, id, occurrence, field, value, message, premises);
    }

    /** Returns the same violation, found taking the given premises for granted as well. */
    public Violation assuming(Premise... more) {
        List<Premise> all = new ArrayList<>(premises);
        all.addAll(List.of(more));
        return new Violation(kind, id, occurrence, field, value, message, all);
    }
}
