package se.regionkarta.site;

import java.util.List;

/**
 * What the shared layout needs from every page: title, breadcrumbs and structured data.
 *
 * @param crumbs the way from the start page to this page, this page last
 * @param jsonLd schema.org JSON-LD, already made safe for a script element, or null
 */
public record Shell(SiteRequest req, String title, List<Crumb> crumbs, String jsonLd) {

    public Shell {
        crumbs = List.copyOf(crumbs);
    }

    /** Returns the shell of a page whose breadcrumbs are the start page, the given steps and the title. */
    public static Shell of(SiteRequest req, Txt title, String jsonLd, Crumb... steps) {
        List<Crumb> crumbs = new java.util.ArrayList<>();
        crumbs.add(new Crumb(new Txt(req.t("nav.start"), null), req.href("/")));
        crumbs.addAll(List.of(steps));
        crumbs.add(new Crumb(title, null));
        return new Shell(req, title.text(), crumbs, jsonLd);
    }

    /** Returns the shell of a page titled with a UI text. */
    public static Shell of(SiteRequest req, String title, String jsonLd, Crumb... steps) {
        return of(req, new Txt(title, null), jsonLd, steps);
    }

    /** Returns a UI text. */
    public String t(String key, Object... args) {
        return req.t(key, args);
    }

    /** Returns the document title: the page's title and the site's name. */
    public String documentTitle() {
        return title + " – " + req.t("site.name");
    }
}
