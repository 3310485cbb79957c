package se.regionkarta.search.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.regionkarta.search.Search;
import se.regionkarta.search.SearchHit;
import se.regionkarta.search.SearchResult;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/** Search results grouped by kind of fact; works without JavaScript. */
public record SearchPage(Shell shell, String query, int total, List<Group> groups) implements SitePage {

    /** Longest query text used; the rest is ignored. */
    static final int MAX_QUERY = 200;
    static final int LIMIT = 60;

    /** The hits of one kind of fact. */
    public record Group(String kind, List<Hit> hits) {
    }

    /** One hit, with the page that shows it (null where the fact has none). */
    public record Hit(Txt title, Txt subtitle, String href) {
    }

    public static SearchPage build(String q, Search search, Snapshot s, SiteRequest req) {
        String query = clean(q);
        List<Group> groups = new ArrayList<>();
        int total = 0;
        if (!query.isEmpty()) {
            SearchResult result = search.search(query, LIMIT);
            total = result.total();
            for (Map.Entry<String, List<SearchHit>> e : result.groups().entrySet()) {
                groups.add(new Group(req.t("facts." + e.getKey()), e.getValue().stream().map(h -> hit(h, s, req)).toList()));
            }
        }
        String title = query.isEmpty() ? req.t("search.title") : req.t("search.title-for", query);
        return new SearchPage(Shell.of(req, title, null), query, total, groups);
    }

    public static Hit hit(SearchHit h, Snapshot s, SiteRequest req) {
        FactRef ref = FactRef.of(h.kind(), h.id(), s, req).orElse(null);
        Txt title = ref != null ? ref.title() : req.swedish(h.title());
        return new Hit(title, h.subtitle() == null || h.subtitle().isBlank() ? null : req.swedish(h.subtitle()),
                ref == null ? null : ref.href());
    }

    /** Returns the query trimmed to {@link #MAX_QUERY} characters, blank for none. */
    public static String clean(String q) {
        if (q == null) {
            return "";
        }
        String t = q.strip();
        return t.length() > MAX_QUERY ? t.substring(0, MAX_QUERY) : t;
    }
}
