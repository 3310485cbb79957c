package se.regionkarta.site;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import se.regionkarta.web.Authentication;
import se.regionkarta.web.ProblemType;

/**
 * Protects every form of the site against cross-site request forgery: a POST (or any method that
 * may change something) sent with a session must carry that session's CSRF token in the hidden
 * field {@value #FIELD}, which every form the session is shown holds (the layout's logout button,
 * the calculators, the coming forms that edit). Without it, or with another, the request ends with
 * 403 and a page saying why, before any handler runs. A request without a session changes nothing
 * anyone could abuse; the login form, sent before there is a session, checks its own token
 * ({@code access.site.LoginPages}).
 *
 * <p>The token is checked here for all forms at once, so that a new form cannot forget it; the
 * session cookie's {@code SameSite=Lax} already keeps other sites' forms from sending it, and the
 * token covers browsers and cases where that does not hold (docs/decisions/0022).
 */
public final class FormGuard {

    /** The name of the hidden field that carries the token. */
    public static final String FIELD = "_csrf";

    private FormGuard() {
    }

    static void check(Context ctx) {
        HandlerType m = ctx.method();
        boolean changes = m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
        if (!changes || ctx.path().startsWith("/api/")) {
            return;
        }
        Optional<String> expected = Authentication.csrfToken(ctx);
        if (expected.isEmpty()) {
            return;
        }
        if (!same(expected.get(), ctx.formParam(FIELD))) {
            throw refusal(ctx);
        }
    }

    /** Returns the 403 of a form sent without its token, worded in the page's language. */
    public static RuntimeException refusal(Context ctx) {
        return SiteRequest.problem(ctx, ProblemType.FORBIDDEN, Texts.of(Lang.of(ctx)).get("error.csrf"));
    }

    /** Compares the tokens in time that does not depend on where they differ. */
    public static boolean same(String expected, String sent) {
        return sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
