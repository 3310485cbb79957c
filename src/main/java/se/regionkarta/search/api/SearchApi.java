package se.regionkarta.search.api;

import static se.regionkarta.api.Params.LIMIT;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import se.regionkarta.api.Params;
import se.regionkarta.api.Route;
import se.regionkarta.web.LiveRegistry;

/** Full-text search over the registry, hits grouped by kind of fact. */
public final class SearchApi {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final LiveRegistry registry;
    private final Clock clock;

    public SearchApi(LiveRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/search", List.of("q", LIMIT), this::search));
    }

    private void search(Context ctx) {
        Params p = new Params(ctx, clock);
        String q = p.requiredText("q");
        int limit = p.number(LIMIT, 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        ctx.json(registry.current().search().search(q, limit));
    }
}
