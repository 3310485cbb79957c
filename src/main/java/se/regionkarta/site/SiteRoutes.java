package se.regionkarta.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionkarta.carechoice.CareChoiceExamples;
import se.regionkarta.carechoice.CareChoiceQueries;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.Published;
import se.regionkarta.web.WebServer;

/**
 * The web site: server-rendered pages, Swedish first, English with {@code ?lang=en}. Each handler
 * reads the request, builds one page's view model from the current snapshot and renders it.
 */
public final class SiteRoutes implements WebServer.RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRoutes.class);

    private final LiveRegistry registry;
    private final Pages pages = new Pages();
    private final Calculators calculators;
    private final SettlementCalculator settlement;
    /** The care-choice examples, built once per scheme and year of the snapshot served. */
    private final CareChoiceExamples examples = new CareChoiceExamples();

    public SiteRoutes(LiveRegistry registry) {
        this.registry = registry;
        this.calculators = new Calculators(pages, registry);
        this.settlement = new SettlementCalculator(pages, registry);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> pages.render(ctx, "start", StartPage.build(snapshot(), SiteRequest.of(ctx))));
        routes.get("/region/{id}", this::region);
        routes.get("/region/{id}/organisation", this::organisation);
        routes.get("/region/{id}/politik", this::politics);
        routes.get("/region/{id}/forandringar", this::changes);
        routes.get("/enhet/{id}", this::unit);
        // before /sjukvardsregion/{id}, which would otherwise take "avrakning" for an id
        routes.get(SettlementPage.PATH, settlement::form);
        routes.post(SettlementPage.PATH, settlement::settle);
        routes.get("/sjukvardsregion/{id}", this::healthcareRegion);
        routes.get("/vardval/{id}", this::careChoice);
        routes.get("/kallor", ctx -> pages.render(ctx, "sources", SourcesPage.build(snapshot(), SiteRequest.of(ctx))));
        routes.get("/kallor/{id}", this::source);
        routes.get("/konflikter", ctx -> pages.render(ctx, "conflicts", ConflictsPage.build(snapshot(), SiteRequest.of(ctx))));
        routes.get("/sok", this::search);
        routes.get("/sok/forslag", this::suggest);
        routes.get("/tillganglighet", ctx -> pages.render(ctx, "accessibility", SimplePage.accessibility(SiteRequest.of(ctx))));
        routes.get("/api", ctx -> pages.render(ctx, "api", ApiPage.build(SiteRequest.of(ctx))));
        routes.get("/val", calculators::electionForm);
        routes.post("/val", calculators::election);
        routes.get("/val/namnd", calculators::committeeForm);
        routes.post("/val/namnd", calculators::committee);
    }

    private Snapshot snapshot() {
        return registry.current().snapshot();
    }

    private void region(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Snapshot s = snapshot();
        Unit r = region(ctx, req, s);
        pages.render(ctx, "region", RegionPage.build(r, s, req, registry.recorded("units", r.id())));
    }

    private void organisation(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Snapshot s = snapshot();
        boolean all = "alla".equals(ctx.queryParam("visa"));
        pages.render(ctx, "organisation", OrgChart.build(region(ctx, req, s), s, req, all));
    }

    private void politics(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Snapshot s = snapshot();
        pages.render(ctx, "politics", PoliticsPage.build(region(ctx, req, s), s, req));
    }

    private void unit(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Snapshot s = snapshot();
        Unit u = s.unit(ctx.pathParam("id")).orElseThrow(() -> req.notFound(ctx, "what.unit", ctx.pathParam("id")));
        pages.render(ctx, "unit", UnitPage.build(u, s, req, registry.recorded("units", u.id())));
    }

    /** The differences of a region between two days: {@code fran} (default ten years before {@code till}) and {@code till} (default the page's day). */
    private void changes(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Snapshot s = snapshot();
        Unit r = region(ctx, req, s);
        LocalDate to = day(ctx, req, "till").orElse(req.day());
        LocalDate from = day(ctx, req, "fran").orElse(to.minusYears(10));
        if (to.isBefore(from)) {
            throw SiteRequest.problem(ctx, ProblemType.BAD_PARAMETER, req.t("error.diff-order", from, to));
        }
        pages.render(ctx, "changes", ChangesPage.build(r, from, to, s, req));
    }

    private static Optional<LocalDate> day(Context ctx, SiteRequest req, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(SiteRequest.parseDay(ctx, req.lang(), text.strip()));
    }

    private void healthcareRegion(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Snapshot s = snapshot();
        HealthcareRegion h = s.get(HealthcareRegion.class, ctx.pathParam("id"))
                .orElseThrow(() -> req.notFound(ctx, "what.healthcare-region", ctx.pathParam("id")));
        pages.render(ctx, "healthcare-region", HealthcareRegionPage.build(h, s, req));
    }

    /** A care-choice scheme; {@code month} (YYYY-MM) picks the month of the example shown provider by provider. */
    private void careChoice(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Snapshot s = snapshot();
        CareChoiceScheme c = CareChoiceQueries.of(s).scheme(ctx.pathParam("id"))
                .orElseThrow(() -> req.notFound(ctx, "what.carechoice", ctx.pathParam("id")));
        YearMonth month = month(ctx, req, "month");
        pages.render(ctx, "care-choice", CareChoicePage.build(c, s, req, month, examples));
    }

    /** Reads a month parameter written YYYY-MM, or null when not given; any other value ends the request with 400. */
    private static YearMonth month(Context ctx, SiteRequest req, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.strip().matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            // falls through to the problem below
        }
        throw SiteRequest.problem(ctx, ProblemType.BAD_PARAMETER, req.t("error.bad-month", text));
    }

    private void source(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Snapshot s = snapshot();
        Source src = ProvenanceQueries.of(s).source(ctx.pathParam("id")).orElseThrow(() -> req.notFound(ctx, "what.source", ctx.pathParam("id")));
        pages.render(ctx, "source", SourcePage.build(src, s, req));
    }

    private void search(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Published p = registry.current();
        pages.render(ctx, "search", SearchPage.build(ctx.queryParam("q"), p.search(), p.snapshot(), req));
    }

    /** Answers the search box's suggestions as JSON: a progressive enhancement of the search page. */
    private void suggest(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Published p = registry.current();
        String q = SearchPage.clean(ctx.queryParam("q"));
        List<Map<String, String>> hits = q.isEmpty() ? List.of() : p.search().suggest(q, 8).stream()
                .map(h -> SearchPage.hit(h, p.snapshot(), req)).filter(h -> h.href() != null)
                .map(h -> Map.of("title", h.title().text(), "subtitle", h.subtitle() == null ? "" : h.subtitle().text(),
                        "href", h.href()))
                .toList();
        ctx.json(hits);
    }

    /** Returns the region (or predecessor) named in the path, or ends the request with 404. */
    private static Unit region(Context ctx, SiteRequest req, Snapshot s) {
        String id = ctx.pathParam("id");
        return s.unit(id).filter(u -> u.kind().isTopLevel()).orElseThrow(() -> req.notFound(ctx, "what.region", id));
    }

    /** Renders the page shown for an error outside the API; never fails itself. */
    public String errorPage(Context ctx, ProblemType type, String detail) {
        try {
            Lang lang = Lang.of(ctx);
            SiteRequest req = new SiteRequest(lang, Texts.of(lang), SiteRequest.today(), false, ctx.path(),
                    ctx.queryParamMap(), "");
            boolean ours = ctx.attribute(SiteRequest.LOCALIZED_DETAIL) != null;
            return pages.html("error", ErrorView.of(req, type, ours ? detail : null));
        } catch (RuntimeException e) {
            LOG.error("the error page failed", e);
            return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + type.status()
                    + " – regionkarta</title></head><body><main><h1>" + type.status() + "</h1></main></body></html>";
        }
    }
}
