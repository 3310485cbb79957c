package se.regionkarta.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.figures.model.Qualifier;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/** How the command line writes facts for people. */
public final class Labels {

    private Labels() {
    }

    public static String unit(Unit u) {
        return u.name() + "  [" + u.id() + "]";
    }

    /** Writes a unit with the name it had on the day. */
    public static String unit(Unit u, LocalDate day) {
        return u.nameOn(day) + "  [" + u.id() + "]";
    }

    /** Writes a unit by id with the name it had on the day, or the bare id when the registry has no such unit. */
    public static String unit(String id, LocalDate day, Snapshot snapshot) {
        return snapshot.unit(id).map(u -> unit(u, day)).orElse(id);
    }

    /** Writes an event as "merger 2019-01-01 [kalmar.bildande-2019], decided by … on …". */
    public static String event(ChangeEvent e, Snapshot snapshot) {
        String by = e.decidedBy() == null ? "" : ", decided by " + snapshot.nameOf(e.decidedBy()) + " [" + e.decidedBy() + "]"
                + (e.decidedOn() == null ? "" : " on " + e.decidedOn());
        String on = e.decidedBy() == null && e.decidedOn() != null ? ", decided on " + e.decidedOn() : "";
        return e.kind().english() + " " + e.date() + "  [" + e.id() + "]" + by + on;
    }

    public static String validity(Validity v) {
        if (v.from() == null && v.until() == null) {
            return "";
        }
        return (v.from() == null ? "" : "from " + v.from()) + (v.from() != null && v.until() != null ? " " : "")
                + (v.until() == null ? "" : "until " + v.until());
    }

    /** Writes a figure the way the source said it, e.g. "cirka 4200 medarbetare, stock". */
    public static String figure(KeyFigure f, Snapshot snapshot) {
        Metric metric = FigureQueries.of(snapshot).metric(f.metricId()).orElse(null);
        String qualifier = f.qualifier() == Qualifier.EXACT ? "" : f.qualifier().swedish() + " ";
        String unit = metric == null || metric.unit().swedish().equals("st") ? "" : " " + metric.unit().swedish();
        String what = metric == null ? f.metricId() : metric.label();
        String part = f.category() == null ? "" : " (" + f.category() + ")";
        String per = f.period().per() == null ? "" : " " + f.period().per().swedish();
        String year = f.period().year() != null ? " " + f.period().year() : f.asOf() != null ? " (" + f.asOf() + ")" : "";
        return what + part + ": " + qualifier + f.valueText() + unit + per + year;
    }

    /** Writes source references as "[title, publisher] (where)". */
    public static String sources(List<SourceRef> refs, Snapshot snapshot) {
        return refs.stream().map(ref -> source(ref, snapshot)).collect(Collectors.joining("; "));
    }

    static String source(SourceRef ref, Snapshot snapshot) {
        String title = ProvenanceQueries.of(snapshot).source(ref.sourceId()).map(Source::title).orElse("?");
        return ref.sourceId() + (ref.locator() == null ? "" : " § " + ref.locator())
                + (ref.basis() == SourceRef.Basis.STATED ? "" : " (" + ref.basis().name().toLowerCase() + ")")
                + " – " + title;
    }
}
