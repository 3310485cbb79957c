package se.regionkarta.provenance.site;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.BreakdownCheck;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.politics.model.Body;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.provenance.model.ConflictPolicy;
import se.regionkarta.site.Cite;
import se.regionkarta.site.Embed;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * Every disagreement between sources: each value with its sources, the value shown, the rule that
 * chose it and why; the breakdowns whose parts do not add up to the whole; and the care-choice
 * schemes whose units, counted on the page's day, differ from what their source states (issue 7).
 */
public record ConflictsPage(Shell shell, List<Topic> conflicts, List<Breakdown> breakdowns, Content careChoice)
        implements SitePage {

    /** One topic on which the sources disagree. */
    public record Topic(String anchor, Txt subject, String subjectHref, Txt label, List<Value> values, String shown,
            String rule, String ruleExplained, Txt reason) {
    }

    /** One value a source gives, with its sources. */
    public record Value(String value, boolean shown, List<Cite> sources, Txt note) {
    }

    /** A whole whose parts add up to something else, kept as the sources state it. */
    public record Breakdown(Txt subject, String subjectHref, Txt label, String whole, List<String> parts, String sum,
            List<Cite> sources) {
    }

    /** @param careChoice the care-choice schemes whose counts differ from their source, drawn by that feature */
    static ConflictsPage build(Snapshot s, SiteRequest req, Embed<Void> careChoice) {
        List<Topic> topics = ProvenanceQueries.of(s).conflicts().stream().map(c -> topic(c, s, req)).toList();
        List<Breakdown> breakdowns = FigureQueries.of(s).breakdownMismatches().stream().map(m -> breakdown(m, s, req)).toList();
        return new ConflictsPage(Shell.of(req, req.t("conflicts.title"), null), topics, breakdowns,
                careChoice.render(null, s, req));
    }

    /** Returns the fragment id of a conflict on this page, stable for a subject and property. */
    private static Topic topic(Conflict c, Snapshot s, SiteRequest req) {
        List<Value> values = c.claims().stream().map(claim -> new Value(value(claim, s, req), claim.value().equals(c.shown()),
                Cite.of(claim.sources(), s, req), req.english(claim.note()))).toList();
        Optional<KeyFigure> figure = figure(c.claims().get(0), s);
        Txt label = figure.map(f -> req.swedish(Fmt.figureLabel(f, FigureQueries.of(s).metric(f.metricId()).orElse(null), req.lang())))
                .orElse(req.swedish(c.label()));
        String rule = c.rule().name().toLowerCase();
        Txt reason = c.rule() == ConflictPolicy.Rule.EDITORIAL_DECISION ? req.english(c.explanation()) : null;
        String shown = c.claims().stream().filter(cl -> cl.value().equals(c.shown())).findFirst()
                .map(cl -> value(cl, s, req)).orElse(c.shown());
        return new Topic(FactRef.conflictAnchor(c), req.swedish(s.nameOf(c.subjectId())), subjectHref(c.subjectId(), s, req), label, values,
                shown, req.t("rule." + rule), req.t("rule." + rule + ".explained"), reason);
    }

    private static String value(Claim claim, Snapshot s, SiteRequest req) {
        return figure(claim, s).map(f -> Fmt.figureValue(f, FigureQueries.of(s).metric(f.metricId()).orElse(null), req.texts(), req.lang()))
                .orElse(claim.value());
    }

    private static Optional<KeyFigure> figure(Claim claim, Snapshot s) {
        return claim.property().startsWith("figure:") ? s.get(KeyFigure.class, claim.id()) : Optional.empty();
    }

    private static String subjectHref(String id, Snapshot s, SiteRequest req) {
        return s.unit(id).map(u -> FactRef.unitHref(u, req))
                .or(() -> s.get(Body.class, id).map(b -> FactRef.of(b, s, req).href()))
                .orElse(null);
    }

    private static Breakdown breakdown(BreakdownCheck.Mismatch m, Snapshot s, SiteRequest req) {
        KeyFigure whole = m.whole();
        var metric = FigureQueries.of(s).metric(whole.metricId()).orElse(null);
        List<String> parts = m.parts().stream()
                .map(p -> p.category() + ": " + Fmt.figureValue(p, metric, req.texts(), req.lang())).toList();
        return new Breakdown(req.swedish(s.nameOf(whole.unitId())), subjectHref(whole.unitId(), s, req),
                req.swedish(Fmt.figureLabel(whole, metric, req.lang())), Fmt.figureValue(whole, metric, req.texts(), req.lang()),
                parts, Fmt.number(m.sumOfParts(), req.lang()), Cite.of(whole.sources(), s, req));
    }
}
