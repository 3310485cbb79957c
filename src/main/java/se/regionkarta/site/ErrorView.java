package se.regionkarta.site;

import java.util.List;
import se.regionkarta.web.ProblemType;

/**
 * The HTML page for an error outside the API.
 *
 * @param detail what went wrong, in the page's language when the site wrote it, else null
 * @param problems each problem of refused input, where it is and what is wrong; empty for other errors
 * @param errorId the id an unexpected failure was logged with, for the reader to quote; else null
 */
public record ErrorView(Shell shell, int status, String heading, String explanation, String detail, List<Line> problems,
        String errorId) implements SitePage {

    public ErrorView {
        problems = List.copyOf(problems);
    }

    /**
     * One problem with what the reader sent.
     *
     * @param where the parameter, file or line it is in, said in the page's language; null when it concerns the whole
     * @param message what is wrong, marked with its language where that is not the page's
     */
    public record Line(String where, Txt message) {
    }

    static ErrorView of(SiteRequest req, ProblemType type, String detail, List<Line> problems, String errorId) {
        String key = "error." + type.code();
        return new ErrorView(Shell.of(req, req.t(key + ".title"), null), type.status(), req.t(key + ".title"),
                req.t(key + ".text"), detail, problems, errorId);
    }
}
