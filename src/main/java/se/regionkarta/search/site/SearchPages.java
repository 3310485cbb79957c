package se.regionkarta.search.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.web.Published;
import se.regionkarta.web.WebServer;

/** The search page, and the suggestions its search box asks for as the reader types. */
public final class SearchPages implements WebServer.RouteGroup {

    private final Site site;

    public SearchPages(Site site) {
        this.site = site;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/sok", this::search);
        routes.get("/sok/forslag", this::suggest);
    }

    private void search(Context ctx) {
        SiteRequest req = site.request(ctx);
        Published p = site.published();
        site.render(ctx, "search/search", SearchPage.build(ctx.queryParam("q"), p.search(), p.snapshot(), req));
    }

    /** Answers the search box's suggestions as JSON: a progressive enhancement of the search page. */
    private void suggest(Context ctx) {
        SiteRequest req = site.request(ctx);
        Published p = site.published();
        String q = SearchPage.clean(ctx.queryParam("q"));
        List<Map<String, String>> hits = q.isEmpty() ? List.of() : p.search().suggest(q, 8).stream()
                .map(h -> SearchPage.hit(h, p.snapshot(), req)).filter(h -> h.href() != null)
                .map(h -> Map.of("title", h.title().text(), "subtitle", h.subtitle() == null ? "" : h.subtitle().text(),
                        "href", h.href()))
                .toList();
        ctx.json(hits);
    }
}
