package se.regionkarta.history.model;

import java.util.List;
import se.regionkarta.figures.model.KeyFigure;

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

    /**
     * A key figure of a predecessor, shown beside the unit's own figures as history: labelled with
     * the predecessor and the event that links it to the unit, never added into today's figures.
     *
     * @param step how the predecessor leads to the unit ({@code step.from()} is the predecessor)
     */
    public record PredecessorFigure(Step step, KeyFigure figure) {
    }
}
