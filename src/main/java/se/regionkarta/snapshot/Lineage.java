package se.regionkarta.snapshot;

import java.util.List;
import se.regionkarta.history.model.ChangeEvent;

/**
 * Where a unit comes from and what it became: the events that link it to its predecessors and
 * successors, followed transitively.
 *
 * @param predecessors steps backwards in time, nearest first
 * @param successors steps forwards in time, nearest first
 */
public record Lineage(String unitId, List<Step> predecessors, List<Step> successors, List<ChangeEvent> ownEvents) {

    public Lineage {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
        ownEvents = List.copyOf(ownEvents);
    }

    /**
     * One link of a lineage: {@code from} became (part of) {@code to} through {@code event}.
     *
     * @param depth 1 for a direct predecessor or successor, 2 for one of theirs, …
     */
    public record Step(ChangeEvent event, String from, String to, int depth) {
    }
}
