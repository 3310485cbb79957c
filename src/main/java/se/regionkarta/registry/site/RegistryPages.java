package se.regionkarta.registry.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Embed;
import se.regionkarta.site.RegionPath;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.WebServer;

/** The organisation's pages: the start page, a region, its organisation chart, a unit. */
public final class RegistryPages implements WebServer.RouteGroup {

    /**
     * What other features draw on the organisation's pages.
     *
     * @param history a unit's (and a region's) history
     * @param decisions the joint bodies' decisions that concern a unit
     * @param careChoice a region's care-choice schemes
     * @param editTools for a person who may change the unit or region: the links to its forms (editing)
     * @param unitChanges a unit's latest changes from the audit (editing)
     * @param regionChanges a region's latest changes from the audit (editing)
     */
    public record Embeds(Embed<Unit> history, Embed<Unit> decisions, Embed<Unit> careChoice,
            Embed<Unit> editTools, Embed<Unit> unitChanges, Embed<Unit> regionChanges) {

        /** The embeds of a site that does not edit. */
        public Embeds(Embed<Unit> history, Embed<Unit> decisions, Embed<Unit> careChoice) {
            this(history, decisions, careChoice, nothing(), nothing(), nothing());
        }

        private static Embed<Unit> nothing() {
            return (u, s, req) -> Embed.NOTHING;
        }
    }

    private final Site site;
    private final Embeds embeds;

    public RegistryPages(Site site, Embeds embeds) {
        this.site = site;
        this.embeds = embeds;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> site.render(ctx, "registry/start", StartPage.build(site.snapshot(), site.request(ctx))));
        routes.get("/region/{id}", this::region);
        routes.get("/region/{id}/organisation", this::organisation);
        routes.get("/enhet/{id}", this::unit);
    }

    private void region(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        Unit r = RegionPath.region(ctx, req, s);
        site.render(ctx, "registry/region", RegionPage.build(r, s, req, site.registry().recorded("units", r.id()), embeds));
    }

    private void organisation(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        boolean all = "alla".equals(ctx.queryParam("visa"));
        site.render(ctx, "registry/organisation", OrgChart.build(RegionPath.region(ctx, req, s), s, req, all));
    }

    private void unit(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        Unit u = s.unit(ctx.pathParam("id")).orElseThrow(() -> req.notFound(ctx, "what.unit", ctx.pathParam("id")));
        site.render(ctx, "registry/unit", UnitPage.build(u, s, req, site.registry().recorded("units", u.id()), embeds));
    }
}
