package se.regionkarta.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.dataset.model.Problem;
import se.regionkarta.provenance.model.Identified;

/** Gathers the facts read from data files, where each came from, and the problems met on the way. */
final class Collector {

    private final Dataset.Builder facts = new Dataset.Builder();
    private final Map<String, List<Problem>> origins = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Set<String> impliedLinks = new java.util.HashSet<>();

    <T extends Identified> void add(FactKind kind, T fact, String file, int line) {
        facts.add(fact);
        origins.computeIfAbsent(key(kind, fact.id()), k -> new ArrayList<>()).add(new Problem(file, line, ""));
    }

    void problem(String file, int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    /** Returns where the n-th fact with this id was read, as a problem without a message. */
    Problem origin(FactKind kind, String id, int occurrence) {
        List<Problem> places = origins.getOrDefault(key(kind, id), List.of());
        return occurrence < places.size() ? places.get(occurrence) : new Problem("(unknown file)", 0, "");
    }

    /** Notes that a unit's parent link was implied (nesting or {@code parent:}), not dated by the editor. */
    void impliedLink(String unitId) {
        impliedLinks.add(unitId);
    }

    java.util.Set<String> impliedLinks() {
        return impliedLinks;
    }

    List<Problem> problems() {
        return problems;
    }

    Dataset dataset() {
        return facts.build();
    }

    private static String key(FactKind kind, String id) {
        return kind.section() + ":" + id;
    }
}
