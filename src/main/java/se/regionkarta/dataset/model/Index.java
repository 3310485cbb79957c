package se.regionkarta.dataset.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.provenance.model.Identified;

/** The facts of a dataset by kind and id, for the rules to look things up. */
final class Index {

    private final Map<FactKind, Map<String, Identified>> byKind = new EnumMap<>(FactKind.class);
    private final List<Violation> duplicates = new ArrayList<>();

    Index(Dataset dataset) {
        for (FactKind kind : FactKind.values()) {
            Map<String, Identified> ids = new LinkedHashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Identified fact : dataset.all(kind)) {
                int occurrence = seen.merge(fact.id(), 1, Integer::sum) - 1;
                if (occurrence > 0) {
                    duplicates.add(new Violation(kind, fact.id(), "the id '" + fact.id() + "' is used twice in " + kind,
                            occurrence).at("id"));
                } else {
                    ids.put(fact.id(), fact);
                }
            }
            byKind.put(kind, ids);
        }
    }

    List<Violation> duplicates() {
        return duplicates;
    }

    boolean has(FactKind kind, String id) {
        return byKind.get(kind).containsKey(id);
    }

    <T extends Identified> T get(Class<T> type, String id) {
        return type.cast(byKind.get(FactKind.of(type)).get(id));
    }

    /** Tells whether any fact of any kind has this id (claims may be about anything). */
    boolean hasAny(String id) {
        return byKind.values().stream().anyMatch(m -> m.containsKey(id));
    }
}
