package se.regionkarta.provenance.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.provenance.model.ConflictPolicy;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.snapshot.Snapshot;

/** Answers the API's questions about sources, what cites them, claims and the conflicts between them. */
final class ProvenanceAnswers {

    /** A fact that cites a source: its kind as the export names it ({@code units}, {@code seats}, …) and its id. */
    record Citation(String kind, String id) {
    }

    /** A source with every fact that cites it. */
    record SourceDetail(@JsonUnwrapped Source source, List<Citation> citedBy) {
    }

    /**
     * A topic on which sources disagree: the values, the value shown and the rule that chose it.
     *
     * @param claims the claims on the topic, each with its sources (key figures read as claims)
     * @param sources the references of all the claims together
     */
    record ConflictView(String subjectId, String subjectName, String property, String label, List<String> values,
            String shown, ConflictPolicy.Rule rule, String explanation, List<Claim> claims, List<SourceRef> sources) {

        static ConflictView of(Conflict c, String subjectName) {
            Set<SourceRef> refs = new LinkedHashSet<>();
            c.claims().forEach(claim -> refs.addAll(claim.sources()));
            return new ConflictView(c.subjectId(), subjectName, c.property(), c.label(), c.values(), c.shown(), c.rule(),
                    c.explanation(), c.claims(), List.copyOf(refs));
        }
    }

    private final Snapshot snapshot;

    ProvenanceAnswers(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    Optional<SourceDetail> source(String id) {
        return ProvenanceQueries.of(snapshot).source(id).map(s -> new SourceDetail(s, citationsOf(id)));
    }

    /** Tells whether any fact of any kind has the id: claims may be about units, bodies and others. */
    boolean exists(String id) {
        return snapshot.exists(id);
    }

    List<Claim> claims(String subjectId) {
        return snapshot.dataset().all(Claim.class).stream().filter(c -> subjectId == null || c.subjectId().equals(subjectId)).toList();
    }

    List<ConflictView> conflicts(String subjectId) {
        return ProvenanceQueries.of(snapshot).conflicts().stream().filter(c -> subjectId == null || c.subjectId().equals(subjectId))
                .map(c -> ConflictView.of(c, snapshot.nameOf(c.subjectId()))).toList();
    }

    List<KeyFigure> figures(String unitId, String metricId) {
        return (unitId == null ? snapshot.dataset().all(KeyFigure.class) : FigureQueries.of(snapshot).of(unitId)).stream()
                .filter(f -> metricId == null || f.metricId().equals(metricId)).toList();
    }

    private List<Citation> citationsOf(String sourceId) {
        return ProvenanceQueries.of(snapshot).citing(sourceId).stream().map(c -> new Citation(c.kind().section(), c.fact().id())).toList();
    }
}
