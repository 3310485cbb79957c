package se.regionkarta.provenance.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.site.Embed;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.WebServer;

/** Where the facts come from: every source, one source with what rests on it, and every disagreement. */
public final class ProvenancePages implements WebServer.RouteGroup {

    private final Site site;
    private final Embed<Void> careChoice;

    /** @param careChoice draws the care-choice schemes whose counts differ from their source */
    public ProvenancePages(Site site, Embed<Void> careChoice) {
        this.site = site;
        this.careChoice = careChoice;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/kallor", ctx -> site.render(ctx, "provenance/sources", SourcesPage.build(site.snapshot(), site.request(ctx))));
        routes.get("/kallor/{id}", this::source);
        routes.get("/konflikter", ctx -> site.render(ctx, "provenance/conflicts", ConflictsPage.build(site.snapshot(), site.request(ctx), careChoice)));
    }

    private void source(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        Source src = ProvenanceQueries.of(s).source(ctx.pathParam("id"))
                .orElseThrow(() -> req.notFound(ctx, "what.source", ctx.pathParam("id")));
        site.render(ctx, "provenance/source", SourcePage.build(src, s, req));
    }
}
