package se.regionkarta.site;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.web.ErrorMapper;
import se.regionkarta.web.ProblemType;

/**
 * The site's one answer to failures, in the page's language: refused input is the calculator's
 * form again with every problem beside its field when a form is on the request
 * ({@link CalculatorForm#showAgainWhenRefused}), else the error page listing the problems; any other
 * failure is the error page, with the error's id when it was unexpected. Never fails itself.
 */
public final class SiteErrors implements ErrorMapper.SitePages {

    private static final Logger LOG = LoggerFactory.getLogger(SiteErrors.class);

    private final Site site;

    public SiteErrors(Site site) {
        this.site = site;
    }

    @Override
    public String refused(Context ctx, BadInput bad) {
        CalculatorForm.Shown form = ctx.attribute(CalculatorForm.SHOWN);
        if (form != null) {
            try {
                form.form().refusedBy(bad);
                ctx.status(form.form().status());
                return site.pages().html(form.template(), form.page().get());
            } catch (RuntimeException e) {
                LOG.error("the form could not be shown again; the error page is shown instead", e);
            }
        }
        try {
            SiteRequest req = site.plainRequest(ctx);
            boolean ours = SiteRequest.isLocalized(ctx, bad);
            List<ErrorView.Line> lines = bad.problems().stream().map(p -> line(req, p, ours)).toList();
            return site.pages().html("site/error", ErrorView.of(req, ProblemType.BAD_PARAMETER, null, lines, null));
        } catch (RuntimeException e) {
            LOG.error("the error page failed", e);
            return bare(ProblemType.BAD_PARAMETER.status(), null);
        }
    }

    @Override
    public String failed(Context ctx, ProblemType type, String detail, String errorId) {
        try {
            SiteRequest req = site.plainRequest(ctx);
            boolean ours = ctx.attribute(SiteRequest.LOCALIZED_DETAIL) != null;
            return site.pages().html("site/error", ErrorView.of(req, type, ours ? detail : null, List.of(), errorId));
        } catch (RuntimeException e) {
            LOG.error("the error page failed", e);
            return bare(type.status(), errorId);
        }
    }

    /** Says where a problem is in the page's language; the message is marked English unless the site wrote it. */
    private static ErrorView.Line line(SiteRequest req, Problem p, boolean ours) {
        String where = p.file() != null ? p.file() : p.field() != null ? req.t("error.parameter", p.field()) : null;
        if (p.line() > 0) {
            String line = req.t("form.line", p.line());
            where = where == null ? line : where + ", " + line.toLowerCase(Locale.ROOT);
        }
        String message = p.file() != null && p.field() != null && !p.message().startsWith(p.field())
                ? p.field() + ": " + p.message() : p.message();
        return new ErrorView.Line(where, ours ? new Txt(message, null) : req.english(message));
    }

    /** Returns the page shown when the error page itself fails: the status, and the error's id where there is one. */
    private static String bare(int status, String errorId) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + status
                + " – regionkarta</title></head><body><main><h1>" + status + "</h1>"
                + (errorId == null ? "" : "<p>Felets id: " + errorId + ". <span lang=\"en\">Error id: " + errorId + ".</span></p>")
                + "</main></body></html>";
    }
}
