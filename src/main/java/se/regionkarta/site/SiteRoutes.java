package se.regionkarta.site;

import io.javalin.config.RoutesConfig;
import se.regionkarta.web.WebServer;

/**
 * The site's own pages, which belong to no feature (the accessibility statement, the API described
 * for people), and the guard of every form ({@link FormGuard}). The page shown for an error outside the API is {@link SiteErrors}. The features' pages register
 * their own routes ({@code RegistryPages}, {@code PoliticsPages}, …); the composition root lists them.
 */
public final class SiteRoutes implements WebServer.RouteGroup {

    private final Site site;

    public SiteRoutes(Site site) {
        this.site = site;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(FormGuard::check);
        routes.get("/tillganglighet", ctx -> site.render(ctx, "site/accessibility", SimplePage.accessibility(site.request(ctx))));
        routes.get("/api", ctx -> site.render(ctx, "site/api", ApiPage.build(site.request(ctx))));
    }
}
