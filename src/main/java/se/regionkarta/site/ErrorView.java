package se.regionkarta.site;

import se.regionkarta.web.ProblemType;

/**
 * The HTML page for an error outside the API.
 *
 * @param detail what went wrong, in the page's language when the site wrote it, else null
 */
public record ErrorView(Shell shell, int status, String heading, String explanation, String detail) implements SitePage {

    static ErrorView of(SiteRequest req, ProblemType type, String detail) {
        String key = "error." + type.code();
        return new ErrorView(Shell.of(req, req.t(key + ".title"), null), type.status(), req.t(key + ".title"),
                req.t(key + ".text"), detail);
    }
}
