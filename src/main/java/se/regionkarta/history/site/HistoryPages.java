package se.regionkarta.history.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.RegionPath;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.WebServer;

/** What differs in a region between two days. */
public final class HistoryPages implements WebServer.RouteGroup {

    private final Site site;

    public HistoryPages(Site site) {
        this.site = site;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/region/{id}/forandringar", this::changes);
    }

    /** The differences of a region between two days: {@code fran} (default ten years before {@code till}) and {@code till} (default the page's day). */
    private void changes(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        Unit r = RegionPath.region(ctx, req, s);
        LocalDate to = day(ctx, req, "till").orElse(req.day());
        LocalDate from = day(ctx, req, "fran").orElse(to.minusYears(10));
        if (to.isBefore(from)) {
            throw SiteRequest.refuse(ctx, "till", req.t("error.diff-order", from, to));
        }
        site.render(ctx, "history/changes", ChangesPage.build(r, from, to, s, req));
    }

    private static Optional<LocalDate> day(Context ctx, SiteRequest req, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(SiteRequest.parseDay(ctx, req.lang(), name, text.strip()));
    }
}
