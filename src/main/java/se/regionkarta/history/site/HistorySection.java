package se.regionkarta.history.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.history.HistoryQueries;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.Lineage;
import se.regionkarta.politics.model.Body;
import se.regionkarta.registry.model.NamePeriod;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Cite;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Lang;
import se.regionkarta.site.Link;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * A unit's history as its page shows it ("Historik"): former names with their periods, the events
 * that concern it with their sources, its lineage drawn and listed, the key figures of its
 * predecessors with the rule for them.
 *
 * @param names the unit's names over time, when it has had more than one; else empty
 * @param graph the lineage drawn, or null when the unit has neither predecessors nor successors
 */
public record HistorySection(List<Link> names, List<EventRow> events, LineageGraph graph, String graphTitle,
        String graphDescription, List<LineageRow> predecessors, List<LineageRow> successors, List<PredecessorFigure> figures) {

    /** A key figure of a predecessor, with the predecessor and the event that links it to the unit. */
    public record PredecessorFigure(Link predecessor, String event, String eventHref, Txt label, String value,
            List<Cite> cites, Txt note) {
    }

    /**
     * A change event: what happened, when, by whose decision, to which units, with its sources.
     *
     * @param anchor the element id the lineage list links to
     */
    public record EventRow(String anchor, String kind, String date, Link decidedBy, String decidedOn, Txt description,
            Txt note, List<Link> originals, List<Link> results, Link newParent, Txt newName, List<Cite> cites) {
    }

    /** A predecessor or successor in the list beside the drawing, with the event that links it. */
    public record LineageRow(Link unit, String event, String eventHref, Link via) {
    }

    /** True when there is nothing to show. */
    public boolean isEmpty() {
        return names.isEmpty() && events.isEmpty() && graph == null && figures.isEmpty();
    }

    static HistorySection of(Unit u, Snapshot s, SiteRequest req) {
        Lineage lineage = HistoryQueries.of(s).lineage(u.id());
        Set<ChangeEvent> events = new LinkedHashSet<>(HistoryQueries.of(s).eventsOf(u.id()));
        lineage.predecessors().forEach(step -> events.add(step.event()));
        lineage.successors().forEach(step -> events.add(step.event()));
        List<ChangeEvent> sorted = events.stream().sorted(Comparator.comparing(ChangeEvent::date)).toList();
        LineageGraph graph = LineageGraph.of(lineage, FactRef.unitName(u, req).text(), labels(s, req));
        String title = req.t("history.lineage.title", FactRef.unitName(u, req).text());
        return new HistorySection(names(u, req), sorted.stream().map(e -> event(e, s, req)).toList(), graph, title,
                description(sorted, s, req), rows(lineage.predecessors(), true, s, req), rows(lineage.successors(), false, s, req),
                figures(u, s, req));
    }

    private static List<Link> names(Unit u, SiteRequest req) {
        List<NamePeriod> periods = NamePeriod.of(u);
        if (periods.size() < 2) {
            return List.of();
        }
        return periods.stream().map(p -> new Link(req.swedish(p.name()), null, Fmt.validity(p.validity(), req.texts(), req.lang())))
                .toList();
    }

    static EventRow event(ChangeEvent e, Snapshot s, SiteRequest req) {
        LocalDate day = e.date().firstDay();
        Link decidedBy = e.decidedBy() == null ? null : s.get(Body.class, e.decidedBy())
                .map(b -> new Link(req.data(b.name(), b.nameEn()), req.dated("/region/" + b.regionId() + "/politik#" + b.id()), null))
                .orElse(new Link(req.swedish(e.decidedBy()), null, null));
        return new EventRow(anchor(e), kind(e, req), Fmt.date(e.date(), req.lang()), decidedBy,
                e.decidedOn() == null ? null : Fmt.date(e.decidedOn(), req.lang()), req.swedish(e.description()),
                req.english(e.note()), e.originals().stream().map(id -> unitLink(id, day.minusDays(1), s, req)).toList(),
                e.results().stream().map(id -> unitLink(id, day, s, req)).toList(),
                e.newParent() == null ? null : unitLink(e.newParent(), day, s, req), req.swedish(e.newName()),
                Cite.of(e.sources(), s, req));
    }

    static String anchor(ChangeEvent e) {
        return "handelse-" + e.id();
    }

    static String kind(ChangeEvent e, SiteRequest req) {
        return req.lang().pick(e.kind().swedish(), e.kind().english());
    }

    /** Links a unit under the name it had on the day, to its page as of that day. */
    static Link unitLink(String id, LocalDate day, Snapshot s, SiteRequest req) {
        return s.unit(id).map(u -> new Link(name(u, day, req), req.href((u.kind().isTopLevel() ? "/region/" : "/enhet/")
                + u.id() + "?asOf=" + day), req.lang().pick(u.kind().swedish(), u.kind().english())))
                .orElse(new Link(req.swedish(id), null, null));
    }

    private static Txt name(Unit u, LocalDate day, SiteRequest req) {
        String then = u.nameOn(day);
        return then.equals(u.name()) ? req.data(u.name(), u.nameEn()) : req.swedish(then);
    }

    private static List<LineageRow> rows(List<Lineage.Step> steps, boolean back, Snapshot s, SiteRequest req) {
        List<LineageRow> rows = new ArrayList<>();
        for (Lineage.Step step : steps) {
            LocalDate day = step.event().date().firstDay().minusDays(back ? 1 : 0);
            String other = back ? step.from() : step.to();
            String near = back ? step.to() : step.from();
            Link via = step.depth() > 1 ? unitLink(near, day, s, req) : null;
            rows.add(new LineageRow(unitLink(other, day, s, req), kind(step.event(), req) + " "
                    + Fmt.date(step.event().date(), req.lang()), "#" + anchor(step.event()), via));
        }
        return rows;
    }

    /** Returns the predecessors' figures, each labelled with the predecessor and the event (the rule: History#predecessorFigures). */
    private static List<PredecessorFigure> figures(Unit u, Snapshot s, SiteRequest req) {
        List<PredecessorFigure> rows = new ArrayList<>();
        for (Lineage.PredecessorFigure pf : HistoryQueries.of(s).predecessorFigures(u.id())) {
            KeyFigure f = pf.figure();
            Metric metric = FigureQueries.of(s).metric(f.metricId()).orElse(null);
            ChangeEvent e = pf.step().event();
            boolean english = req.lang() == Lang.EN && metric != null && metric.labelEn() != null;
            String label = Fmt.figureLabel(f, metric, req.lang());
            rows.add(new PredecessorFigure(unitLink(pf.step().from(), e.date().firstDay().minusDays(1), s, req),
                    kind(e, req) + " " + Fmt.date(e.date(), req.lang()), "#" + anchor(e),
                    english ? new Txt(label, null) : req.swedish(label), Fmt.figureValue(f, metric, req.texts(), req.lang()),
                    Cite.of(f.sources(), s, req), req.english(f.note())));
        }
        return rows;
    }

    /** Says in words what the drawing shows, one sentence per event, for its {@code <desc>}. */
    private static String description(List<ChangeEvent> events, Snapshot s, SiteRequest req) {
        StringBuilder out = new StringBuilder();
        for (ChangeEvent e : events) {
            if (e.originals().equals(e.results())) {
                continue; // a rename or move is not drawn
            }
            LocalDate day = e.date().firstDay();
            out.append(req.t("history.lineage.sentence", names(e.originals(), day.minusDays(1), s, req), kind(e, req),
                    Fmt.date(e.date(), req.lang()), names(e.results(), day, s, req))).append(' ');
        }
        return out.toString().strip();
    }

    private static String names(List<String> ids, LocalDate day, Snapshot s, SiteRequest req) {
        List<String> names = ids.stream().map(id -> s.unit(id).map(u -> name(u, day, req).text()).orElse(id)).toList();
        return names.isEmpty() ? "–" : String.join(req.t("list.and"), names);
    }

    /** Writes the boxes of the drawing: units by the name they had around the event. */
    private static LineageGraph.Labels labels(Snapshot s, SiteRequest req) {
        return new LineageGraph.Labels() {
            @Override
            public String unit(String unitId, ChangeEvent around, boolean before) {
                LocalDate day = around.date().firstDay().minusDays(before ? 1 : 0);
                return s.unit(unitId).map(u -> name(u, day, req).text()).orElse(unitId);
            }

            @Override
            public String kind(ChangeEvent e) {
                return HistorySection.kind(e, req);
            }

            @Override
            public String date(ChangeEvent e) {
                return Fmt.date(e.date(), req.lang());
            }
        };
    }
}
