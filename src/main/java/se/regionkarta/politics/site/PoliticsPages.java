package se.regionkarta.politics.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Embed;
import se.regionkarta.site.RegionPath;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.WebServer;

/** A region's politics: its assembly as a seat diagram, majority and opposition, boards and committees. */
public final class PoliticsPages implements WebServer.RouteGroup {

    private final Site site;
    private final Embed<Unit> editing;

    public PoliticsPages(Site site) {
        this(site, (r, s, req) -> Embed.NOTHING);
    }

    /** @param editing what editing adds to the page: the forms of the region's bodies and appointments, their latest changes */
    public PoliticsPages(Site site, Embed<Unit> editing) {
        this.site = site;
        this.editing = editing;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/region/{id}/politik", this::politics);
    }

    private void politics(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        Unit region = RegionPath.region(ctx, req, s);
        site.render(ctx, "politics/politics", PoliticsPage.build(region, s, req, editing.render(region, s, req)));
    }
}
