package se.regionkarta.politics.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.regionkarta.site.RegionPath;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.WebServer;

/** A region's politics: its assembly as a seat diagram, majority and opposition, boards and committees. */
public final class PoliticsPages implements WebServer.RouteGroup {

    private final Site site;

    public PoliticsPages(Site site) {
        this.site = site;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/region/{id}/politik", this::politics);
    }

    private void politics(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        site.render(ctx, "politics/politics", PoliticsPage.build(RegionPath.region(ctx, req, s), s, req));
    }
}
