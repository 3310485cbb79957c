package se.regionkarta.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * One key figure as a page shows it, with every source that gives that value. Where sources
 * disagree, only the value the registry shows is listed, with a link to the conflict.
 *
 * @param unit the unit the figure is about (for lists that span several units), or null
 * @param conflictHref the conflict on this figure, or null when the sources agree
 * @param note the editors' note, in English, or null
 */
public record FigureRow(Txt label, String value, List<Cite> sources, Txt unit, String unitHref, String conflictHref,
        Txt note, boolean daily) {

    /**
     * Returns the figures of a unit, one row per measure and value. A breakdown is left out when
     * the whole it breaks down is not the value shown.
     */
    public static List<FigureRow> of(Unit unit, Snapshot s, SiteRequest req, boolean withUnit) {
        java.util.Set<String> hidden = new java.util.HashSet<>();
        for (KeyFigure f : FigureQueries.of(s).of(unit.id())) {
            ProvenanceQueries.of(s).conflicts().stream().filter(c -> c.subjectId().equals(unit.id()) && c.property().equals(topic(f))
                    && !c.shown().equals(f.valueText())).findFirst().ifPresent(c -> hidden.add(f.id()));
        }
        Map<String, List<KeyFigure>> byTopic = new LinkedHashMap<>();
        for (KeyFigure f : FigureQueries.of(s).of(unit.id())) {
            if (f.partOf() == null || !hidden.contains(f.partOf())) {
                byTopic.computeIfAbsent(topic(f), k -> new ArrayList<>()).add(f);
            }
        }
        List<FigureRow> rows = new ArrayList<>();
        byTopic.forEach((topic, figures) -> rows.addAll(rows(unit, topic, figures, s, req, withUnit)));
        return rows;
    }

    private static List<FigureRow> rows(Unit unit, String topic, List<KeyFigure> figures, Snapshot s, SiteRequest req,
            boolean withUnit) {
        Optional<Conflict> conflict = ProvenanceQueries.of(s).conflicts().stream()
                .filter(c -> c.subjectId().equals(unit.id()) && c.property().equals(topic)).findFirst();
        Map<String, List<KeyFigure>> byText = new LinkedHashMap<>();
        for (KeyFigure f : figures) {
            if (conflict.isEmpty() || conflict.get().shown().equals(f.valueText())) {
                Metric metric = FigureQueries.of(s).metric(f.metricId()).orElse(null);
                byText.computeIfAbsent(Fmt.figureValue(f, metric, req.texts(), req.lang()), k -> new ArrayList<>()).add(f);
            }
        }
        List<FigureRow> rows = new ArrayList<>();
        byText.forEach((text, same) -> {
            KeyFigure first = same.get(0);
            Metric metric = FigureQueries.of(s).metric(first.metricId()).orElse(null);
            rows.add(new FigureRow(
                    label(first, metric, req),
                    text,
                    Cite.ofAll(same.stream().map(KeyFigure::sources).toList(), s, req),
                    withUnit ? FactRef.unitName(unit, req) : null,
                    withUnit ? FactRef.unitHref(unit, req) : null,
                    conflict.map(c -> req.href("/konflikter#" + FactRef.conflictAnchor(c))).orElse(null),
                    req.english(first.note()),
                    first.period().per() == se.regionkarta.figures.model.Period.Frequency.DAY));
        });
        return rows;
    }

    private static Txt label(KeyFigure f, Metric metric, SiteRequest req) {
        boolean english = req.lang() == Lang.EN && metric != null && metric.labelEn() != null;
        String text = Fmt.figureLabel(f, metric, req.lang());
        return english ? new Txt(text, null) : req.swedish(text);
    }

    /** Returns the key under which the snapshot reads this figure as a claim (see Snapshot#allClaims). */
    static String topic(KeyFigure f) {
        return "figure:" + f.metricId() + ":" + f.period() + (f.category() == null ? "" : ":" + f.category());
    }
}
