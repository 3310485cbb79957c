package se.regionkarta.cooperation.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.WebServer;

/** A healthcare region's page, and the settlement calculator for care sold between regions. */
public final class CooperationPages implements WebServer.RouteGroup {

    private final Site site;
    private final SettlementCalculator settlement;

    public CooperationPages(Site site) {
        this.site = site;
        this.settlement = new SettlementCalculator(site);
    }

    @Override
    public void register(RoutesConfig routes) {
        // before /sjukvardsregion/{id}, which would otherwise take "avrakning" for an id
        routes.before(SettlementPage.PATH, site.bounds().rates().before(se.regionkarta.web.RateLimits.Kind.CALCULATION));
        routes.get(SettlementPage.PATH, settlement::form);
        routes.post(SettlementPage.PATH, settlement::settle);
        routes.get("/sjukvardsregion/{id}", this::healthcareRegion);
    }

    private void healthcareRegion(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        HealthcareRegion h = s.get(HealthcareRegion.class, ctx.pathParam("id"))
                .orElseThrow(() -> req.notFound(ctx, "what.healthcare-region", ctx.pathParam("id")));
        site.render(ctx, "cooperation/healthcare-region", HealthcareRegionPage.build(h, s, req));
    }
}
