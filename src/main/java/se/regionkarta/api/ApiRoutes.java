package se.regionkarta.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.List;
import java.util.stream.Stream;
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

    private final List<Route> routes;

    /**
     * Builds the API from the features' routes, in the order given (the composition root lists them),
     * and the API's own (its OpenAPI document and problem types).
     */
    public ApiRoutes(List<List<Route>> features) {
        this.routes = Stream.concat(features.stream().flatMap(List::stream), new DocsApi().routes().stream()).toList();
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
                Handler withBody = ctx -> {
                    Params.requireKnown(ctx, route.parameters());
                    RequestBody.requireMediaType(ctx, route.consumes());
                    route.handler().handle(ctx);
                };
                switch (route.method()) {
                    case "PATCH" -> config.patch(route.path(), withBody);
                    case "DELETE" -> config.delete(route.path(), withBody);
                    default -> config.post(route.path(), withBody);
                }
            }
        }
    }

    /** Returns the routes, in the order they are registered. */
    public List<Route> routes() {
        return routes;
    }
}
