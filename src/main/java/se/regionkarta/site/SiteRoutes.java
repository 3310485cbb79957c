package se.regionkarta.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.WebServer;

/**
 * The site's own pages, which belong to no feature (the accessibility statement, the API described
 * for people), and the page shown for an error outside the API. The features' pages register
 * their own routes ({@code RegistryPages}, {@code PoliticsPages}, …); the composition root lists them.
 */
public final class SiteRoutes implements WebServer.RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRoutes.class);

    private final Site site;

    public SiteRoutes(Site site) {
        this.site = site;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/tillganglighet", ctx -> site.render(ctx, "site/accessibility", SimplePage.accessibility(site.request(ctx))));
        routes.get("/api", ctx -> site.render(ctx, "site/api", ApiPage.build(site.request(ctx))));
    }

    /** Renders the page shown for an error outside the API; never fails itself. */
    public String errorPage(Context ctx, ProblemType type, String detail) {
        try {
            SiteRequest req = site.plainRequest(ctx);
            boolean ours = ctx.attribute(SiteRequest.LOCALIZED_DETAIL) != null;
            return site.pages().html("site/error", ErrorView.of(req, type, ours ? detail : null));
        } catch (RuntimeException e) {
            LOG.error("the error page failed", e);
            return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + type.status()
                    + " – regionkarta</title></head><body><main><h1>" + type.status() + "</h1></main></body></html>";
        }
    }
}
