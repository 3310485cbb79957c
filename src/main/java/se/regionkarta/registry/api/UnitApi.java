package se.regionkarta.registry.api;

import static se.regionkarta.api.Params.AS_OF;
import static se.regionkarta.api.Params.LIMIT;
import static se.regionkarta.api.Params.OFFSET;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.regionkarta.api.Page;
import se.regionkarta.api.Params;
import se.regionkarta.api.Route;
import se.regionkarta.input.BadInput;
import se.regionkarta.registry.model.UnitKind;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.LiveRegistry;

/** Regions and units: the organisation tree, as of a day. */
public final class UnitApi {

    private final LiveRegistry registry;
    private final Clock clock;

    public UnitApi(LiveRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/regions", List.of(AS_OF, LIMIT, OFFSET), this::regions),
                Route.get("/api/v1/regions/{id}", List.of(AS_OF), this::region),
                Route.get("/api/v1/units", List.of("parent", "below", "kind", "q", AS_OF, LIMIT, OFFSET), this::units),
                Route.get("/api/v1/units/{id}", List.of(AS_OF), this::unit));
    }

    private void regions(Context ctx) {
        Params p = new Params(ctx, clock);
        LocalDate day = p.asOf();
        ctx.json(Page.of(queries().regions(day), p.paging(50, 500), day, ctx));
    }

    private void region(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(queries().region(p.id(), p.asOf()).orElseThrow(() -> p.notFound("region")));
    }

    private void units(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot snapshot = registry.current().snapshot();
        String parent = p.reference("parent", "unit", id -> snapshot.unit(id).isPresent()).orElse(null);
        String below = p.reference("below", "unit", id -> snapshot.unit(id).isPresent()).orElse(null);
        if (parent != null && below != null) {
            throw BadInput.field("below", "cannot be combined with 'parent'; give one of them");
        }
        UnitAnswers.Filter filter = new UnitAnswers.Filter(p.asOf(), parent, below,
                p.choice("kind", UnitKind.class).orElse(null), p.text("q").orElse(null));
        ctx.json(Page.of(new UnitAnswers(snapshot).units(filter), p.paging(50, 500), filter.day(), ctx));
    }

    private void unit(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(queries().unit(p.id(), p.asOf(), registry.recorded("units", p.id())).orElseThrow(() -> p.notFound("unit")));
    }

    private UnitAnswers queries() {
        return new UnitAnswers(registry.current().snapshot());
    }
}
