package se.regionkarta.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.figures.model.BreakdownCheck;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.snapshot.InForce;
import se.regionkarta.snapshot.Snapshot;

/** The key figures of the registry: per unit, as of a day, and those whose parts do not add up. One per snapshot ({@link #of}). */
public final class FigureQueries {

    private final Snapshot snapshot;
    private final Map<String, List<KeyFigure>> byUnit = new HashMap<>();

    private FigureQueries(Snapshot snapshot) {
        this.snapshot = snapshot;
        for (KeyFigure f : snapshot.dataset().all(KeyFigure.class)) {
            byUnit.computeIfAbsent(f.unitId(), k -> new ArrayList<>()).add(f);
        }
    }

    /** Returns the snapshot's figures, indexed on first use. */
    public static FigureQueries of(Snapshot snapshot) {
        return snapshot.memo(FigureQueries.class, FigureQueries::new);
    }

    /** Returns every key figure of a unit, whatever period it refers to. */
    public List<KeyFigure> of(String unitId) {
        return byUnit.getOrDefault(unitId, List.of());
    }

    /** Returns the key figures of a unit shown as of a day ({@link InForce#figure}). */
    public List<KeyFigure> of(String unitId, LocalDate day) {
        return of(unitId).stream().filter(f -> InForce.figure(f, day)).toList();
    }

    public Optional<Metric> metric(String id) {
        return snapshot.get(Metric.class, id);
    }

    /** Returns the figures whose breakdown does not add up to them, as the sources state them. */
    public List<BreakdownCheck.Mismatch> breakdownMismatches() {
        return BreakdownCheck.mismatches(snapshot.dataset().all(KeyFigure.class));
    }
}
