package se.regionkarta.cli;

import java.util.List;
import java.util.stream.Collectors;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.figures.model.Qualifier;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/** How the command line writes facts for people. */
final class Labels {

    private Labels() {
    }

    static String unit(Unit u) {
        return u.name() + "  [" + u.id() + "]";
    }

    static String validity(Validity v) {
        if (v.from() == null && v.until() == null) {
            return "";
        }
        return (v.from() == null ? "" : "from " + v.from()) + (v.from() != null && v.until() != null ? " " : "")
                + (v.until() == null ? "" : "until " + v.until());
    }

    /** Writes a figure the way the source said it, e.g. "cirka 4200 medarbetare, stock". */
    static String figure(KeyFigure f, Snapshot snapshot) {
        Metric metric = snapshot.metric(f.metricId()).orElse(null);
        String qualifier = f.qualifier() == Qualifier.EXACT ? "" : f.qualifier().swedish() + " ";
        String unit = metric == null || metric.unit().swedish().equals("st") ? "" : " " + metric.unit().swedish();
        String what = metric == null ? f.metricId() : metric.label();
        String part = f.category() == null ? "" : " (" + f.category() + ")";
        String per = f.period().per() == null ? "" : " " + f.period().per().swedish();
        String year = f.period().year() != null ? " " + f.period().year() : f.asOf() != null ? " (" + f.asOf() + ")" : "";
        return what + part + ": " + qualifier + f.valueText() + unit + per + year;
    }

    /** Writes source references as "[title, publisher] (where)". */
    static String sources(List<SourceRef> refs, Snapshot snapshot) {
        return refs.stream().map(ref -> source(ref, snapshot)).collect(Collectors.joining("; "));
    }

    static String source(SourceRef ref, Snapshot snapshot) {
        String title = snapshot.source(ref.sourceId()).map(Source::title).orElse("?");
        return ref.sourceId() + (ref.locator() == null ? "" : " § " + ref.locator())
                + (ref.basis() == SourceRef.Basis.STATED ? "" : " (" + ref.basis().name().toLowerCase() + ")")
                + " – " + title;
    }
}
