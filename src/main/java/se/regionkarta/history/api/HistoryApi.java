package se.regionkarta.history.api;

import static se.regionkarta.api.Params.LIMIT;
import static se.regionkarta.api.Params.OFFSET;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.regionkarta.api.Page;
import se.regionkarta.api.Params;
import se.regionkarta.api.Route;
import se.regionkarta.history.model.ChangeKind;
import se.regionkarta.input.BadInput;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.LiveRegistry;

/** The registry's history: change events, lineage, differences between two days, and the change feed (issue 5). */
public final class HistoryApi {

    private final LiveRegistry registry;
    private final Clock clock;

    public HistoryApi(LiveRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/events", List.of("region", "unit", "kind", "from", "to", LIMIT, OFFSET), this::events),
                Route.get("/api/v1/events/{id}", List.of(), this::event),
                Route.get("/api/v1/units/{id}/lineage", List.of(), this::lineage),
                Route.get("/api/v1/regions/{id}/diff", List.of("from", "to"), this::diff),
                Route.get("/api/v1/changes", List.of("since", "after", LIMIT), this::changes));
    }

    private void events(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot s = registry.current().snapshot();
        String region = p.reference("region", "region", id -> s.unit(id).filter(u -> u.kind().isTopLevel()).isPresent())
                .orElse(null);
        String unit = p.reference("unit", "unit", id -> s.unit(id).isPresent()).orElse(null);
        HistoryAnswers.Filter filter = new HistoryAnswers.Filter(region, unit, p.choice("kind", ChangeKind.class).orElse(null),
                p.date("from").map(d -> d.firstDay()).orElse(null), p.date("to").map(d -> d.lastDay()).orElse(null));
        ctx.json(Page.of(new HistoryAnswers(s).events(filter), p.paging(50, 500), null, ctx));
    }

    private void event(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(queries().event(p.id()).orElseThrow(() -> p.notFound("event")));
    }

    private void lineage(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(queries().lineage(p.id()).orElseThrow(() -> p.notFound("unit")));
    }

    private void diff(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot s = registry.current().snapshot();
        Unit region = s.unit(p.id()).filter(u -> u.kind().isTopLevel()).orElseThrow(() -> p.notFound("region"));
        LocalDate from = p.requiredDate("from").firstDay();
        LocalDate to = p.requiredDate("to").firstDay();
        if (to.isBefore(from)) {
            throw BadInput.field("to", "must not be before 'from' (" + from + "), got " + to);
        }
        ctx.json(new HistoryAnswers(s).diff(region, from, to));
    }

    /** The change feed: never cached, since a client polls it for what is new. */
    private void changes(Context ctx) {
        Params p = new Params(ctx, clock);
        OffsetDateTime since = p.timestamp("since").orElse(null);
        long after = p.sequence("after").orElse(0L);
        int limit = p.number(LIMIT, 1, 500).orElse(100);
        ctx.header("Cache-Control", "no-cache");
        ctx.json(HistoryAnswers.feed(registry.changeLog().changes(since, after, limit), limit, since, after));
    }

    private HistoryAnswers queries() {
        return new HistoryAnswers(registry.current().snapshot());
    }
}
