package se.regionkarta.site;

/** A page whose content is all interface text: the accessibility statement. */
public record SimplePage(Shell shell) implements SitePage {

    static SimplePage accessibility(SiteRequest req) {
        return new SimplePage(Shell.of(req, req.t("a11y.title"), null));
    }
}
