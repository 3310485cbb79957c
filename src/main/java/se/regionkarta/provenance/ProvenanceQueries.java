package se.regionkarta.provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.politics.model.Body;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.provenance.model.ConflictFinder;
import se.regionkarta.provenance.model.ConflictPolicy;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * Where the registry's facts come from: sources, what cites each, and the topics on which sources
 * disagree with the value shown and why. One per snapshot ({@link #of}); the conflicts are found
 * when first asked for, not when a source's title is.
 */
public final class ProvenanceQueries {

    /** A fact that cites a source. */
    public record Citation(FactKind kind, Fact fact) {
    }

    /** The topics on which sources disagree, found once per snapshot when first asked for: a source's title needs none. */
    private record Conflicts(List<Conflict> all) {

        static Conflicts of(Snapshot snapshot) {
            Map<String, Source> sources = new HashMap<>();
            snapshot.dataset().all(Source.class).forEach(s -> sources.put(s.id(), s));
            return new Conflicts(ConflictFinder.find(allClaims(snapshot), new ConflictPolicy(sources)));
        }
    }

    private final Snapshot snapshot;

    private ProvenanceQueries(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    public static ProvenanceQueries of(Snapshot snapshot) {
        return snapshot.memo(ProvenanceQueries.class, ProvenanceQueries::new);
    }

    public Optional<Source> source(String id) {
        return snapshot.get(Source.class, id);
    }

    /** Returns every fact that cites the given source, in dataset order. */
    public List<Citation> citing(String sourceId) {
        List<Citation> out = new ArrayList<>();
        for (FactKind kind : FactKind.values()) {
            for (var fact : snapshot.dataset().all(kind)) {
                if (fact instanceof Fact f && f.sources().stream().anyMatch(r -> r.sourceId().equals(sourceId))) {
                    out.add(new Citation(kind, f));
                }
            }
        }
        return out;
    }

    /** Returns every topic on which sources disagree, with the value shown and why. */
    public List<Conflict> conflicts() {
        return snapshot.memo(Conflicts.class, Conflicts::of).all();
    }

    /**
     * Returns the region a claim's subject belonged to on the day: a unit's region in that day's
     * tree, or the region of a body.
     */
    public Optional<String> regionOfSubject(String id, LocalDate day) {
        return snapshot.regionOf(id, day).map(Unit::id)
                .or(() -> snapshot.get(Body.class, id).map(Body::regionId));
    }

    /** Returns the explicit claims plus every key figure read as a claim about its unit. */
    private static List<Claim> allClaims(Snapshot snapshot) {
        List<Claim> claims = new ArrayList<>(snapshot.dataset().all(Claim.class));
        for (KeyFigure f : snapshot.dataset().all(KeyFigure.class)) {
            String label = snapshot.get(Metric.class, f.metricId()).map(Metric::label).orElse(f.metricId())
                    + (f.category() == null ? "" : " (" + f.category() + ")") + ", " + f.period();
            String property = "figure:" + f.metricId() + ":" + f.period() + (f.category() == null ? "" : ":" + f.category());
            claims.add(new Claim(f.id(), f.unitId(), property, label, f.valueText(), f.preferred(), f.reason(), f.note(),
                    f.sources()));
        }
        return claims;
    }
}
