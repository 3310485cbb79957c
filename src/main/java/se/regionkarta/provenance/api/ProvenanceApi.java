package se.regionkarta.provenance.api;

import static se.regionkarta.api.Params.LIMIT;
import static se.regionkarta.api.Params.OFFSET;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import se.regionkarta.api.Page;
import se.regionkarta.api.Params;
import se.regionkarta.api.Route;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.LiveRegistry;

/** Sources and what cites them, key figures and metrics, claims and the conflicts between sources. */
public final class ProvenanceApi {

    private final LiveRegistry registry;
    private final Clock clock;

    public ProvenanceApi(LiveRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/sources", List.of(LIMIT, OFFSET), this::sources),
                Route.get("/api/v1/sources/{id}", List.of(), this::source),
                Route.get("/api/v1/figures", List.of("unit", "metric", LIMIT, OFFSET), this::figures),
                Route.get("/api/v1/metrics", List.of(LIMIT, OFFSET), this::metrics),
                Route.get("/api/v1/claims", List.of("subject", LIMIT, OFFSET), this::claims),
                Route.get("/api/v1/conflicts", List.of("subject", LIMIT, OFFSET), this::conflicts));
    }

    private void sources(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(Page.of(registry.current().snapshot().dataset().all(Source.class), p.paging(50, 500), null, ctx));
    }

    private void source(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(queries().source(p.id()).orElseThrow(() -> p.notFound("source")));
    }

    private void figures(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot snapshot = registry.current().snapshot();
        String unit = p.reference("unit", "unit", id -> snapshot.unit(id).isPresent()).orElse(null);
        String metric = p.reference("metric", "metric", id -> FigureQueries.of(snapshot).metric(id).isPresent()).orElse(null);
        ctx.json(Page.of(new ProvenanceAnswers(snapshot).figures(unit, metric), p.paging(50, 500), null, ctx));
    }

    private void metrics(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(Page.of(registry.current().snapshot().dataset().all(Metric.class), p.paging(50, 500), null, ctx));
    }

    private void claims(Context ctx) {
        Params p = new Params(ctx, clock);
        ProvenanceAnswers queries = queries();
        String subject = p.reference("subject", "fact", queries::exists).orElse(null);
        ctx.json(Page.of(queries.claims(subject), p.paging(50, 500), null, ctx));
    }

    private void conflicts(Context ctx) {
        Params p = new Params(ctx, clock);
        ProvenanceAnswers queries = queries();
        String subject = p.reference("subject", "fact", queries::exists).orElse(null);
        ctx.json(Page.of(queries.conflicts(subject), p.paging(50, 500), null, ctx));
    }

    private ProvenanceAnswers queries() {
        return new ProvenanceAnswers(registry.current().snapshot());
    }
}
