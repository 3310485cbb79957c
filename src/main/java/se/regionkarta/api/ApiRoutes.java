package se.regionkarta.api;

import io.javalin.config.RoutesConfig;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.WebServer;

/** The JSON API under {@code /api/v1/}. */
public final class ApiRoutes implements WebServer.RouteGroup {

    private final LiveRegistry registry;

    public ApiRoutes(LiveRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/regions", ctx -> ctx.json(registry.current().snapshot().dataset().units().stream()
                .filter(u -> u.kind() == se.regionkarta.registry.model.UnitKind.REGION).toList()));
    }
}
