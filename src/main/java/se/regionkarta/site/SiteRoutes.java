package se.regionkarta.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.WebServer;

/** The web site: server-rendered pages, Swedish first. */
public final class SiteRoutes implements WebServer.RouteGroup {

    private final LiveRegistry registry;

    public SiteRoutes(LiveRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.html("<!doctype html><html lang=\"sv\"><title>regionkarta</title><h1>regionkarta</h1><p>"
                + registry.current().snapshot().dataset().units().size() + " enheter</p></html>"));
    }

    /** Renders the page shown for an error outside the API. */
    public String errorPage(Context ctx, ProblemType type, String detail) {
        return "<!doctype html><html lang=\"sv\"><title>" + type.status() + "</title><h1>" + type.title() + "</h1></html>";
    }
}
