package se.regionkarta.api;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.WebServer;

/**
 * The JSON API under {@code /api/v1/}: reads of the registry, and calculations that read a body
 * and change nothing (elections), each route in one feature class. The routes are kept in one list
 * that both registers them and is checked against the OpenAPI document.
 *
 * <p>Every route refuses query parameters it does not take (400), so that a misspelt filter never
 * silently answers with everything; a calculation refuses a body whose media type it does not read (415).
 */
public final class ApiRoutes implements WebServer.RouteGroup {

    /** "Today", for {@code asOf}, is the day in Sweden. */
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final List<Route> routes;

    public ApiRoutes(LiveRegistry registry) {
        this(registry, Clock.system(SWEDEN));
    }

    /** Builds the API with the clock that says what day "today" is. */
    public ApiRoutes(LiveRegistry registry, Clock clock) {
        this.routes = Stream.of(
                new UnitApi(registry, clock).routes(),
                new PoliticsApi(registry, clock).routes(),
                new CooperationApi(registry, clock).routes(),
                new CareChoiceApi(registry, clock).routes(),
                new ProvenanceApi(registry, clock).routes(),
                new SearchApi(registry, clock).routes(),
                new ElectionApi(registry, clock).routes(),
                new SettlementApi(registry, clock).routes(),
                new HistoryApi(registry, clock).routes(),
                new DocsApi().routes())
                .flatMap(List::stream).toList();
    }

    @Override
    public void register(RoutesConfig config) {
        config.before("/api/*", Params::requireWellEncoded);
        for (Route route : routes) {
            if (route.isRead()) {
                config.get(route.path(), ctx -> {
                    Params.requireKnown(ctx, route.parameters());
                    route.handler().handle(ctx);
                });
            } else {
                config.post(route.path(), ctx -> {
                    Params.requireKnown(ctx, route.parameters());
                    RequestBody.requireMediaType(ctx, route.consumes());
                    route.handler().handle(ctx);
                });
            }
        }
    }

    /** Returns the routes, in the order they are registered. */
    List<Route> routes() {
        return routes;
    }
}
