package se.regionkarta.access.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import se.regionkarta.access.Access;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.FormGuard;
import se.regionkarta.site.Shell;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.web.Authentication;
import se.regionkarta.web.WebServer;

/**
 * Logging in and out on the site: {@code GET /logga-in} (the form), {@code POST /logga-in} (a
 * session cookie, then back to the page the person came from), {@code POST /logga-ut}.
 *
 * <p>The login form is sent before there is a session, so it cannot carry a session's CSRF token;
 * it carries a random token that is also in a cookie of its own ({@value #LOGIN_COOKIE}, path
 * {@code /logga-in}), and the two must match (the double-submit pattern), so that another site
 * cannot log a person in to an account of its choosing. The logout button, sent with a session,
 * is checked by the site's {@link FormGuard} like every other form.
 */
public final class LoginPages implements WebServer.RouteGroup {

    static final String LOGIN_COOKIE = "regionkarta-login";
    private static final String TEMPLATE = "access/login";
    private static final long LOGIN_COOKIE_SECONDS = Duration.ofHours(2).toSeconds();

    private final Site site;
    private final Authentication authentication;
    private final SecureRandom random = new SecureRandom();

    public LoginPages(Site site, Authentication authentication) {
        this.site = site;
        this.authentication = authentication;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before("/logga-in", site.bounds().rates().before(se.regionkarta.web.RateLimits.Kind.LOGIN));
        routes.get("/logga-in", this::form);
        routes.post("/logga-in", this::logIn);
        routes.post("/logga-ut", this::logOut);
    }

    private void form(Context ctx) {
        SiteRequest req = site.request(ctx);
        String back = safeBack(ctx.queryParam("tillbaka"));
        render(ctx, page(req, CalculatorForm.of(req, java.util.Map.of("name", "")), token(ctx, req), back, null));
    }

    private void logIn(Context ctx) {
        SiteRequest req = site.request(ctx);
        String sent = ctx.formParam(FormGuard.FIELD);
        String kept = ctx.cookie(LOGIN_COOKIE);
        // without a session, the form's token must equal its cookie's, and the cookie must be one made here:
        // a cross-site POST arrives without the SameSite=Lax cookie, and must not pass by sending an empty token
        if (req.csrfToken() == null && (!wellFormed(kept) || !FormGuard.same(kept, sent))) {
            throw FormGuard.refusal(ctx);
        }
        CalculatorForm form = CalculatorForm.read(ctx, req, List.of("name", "password", "tillbaka"));
        String back = safeBack(form.get("tillbaka"));
        form.showAgainWhenRefused(ctx, TEMPLATE, () -> page(req, form, sent, back, null));
        if (form.get("name").isBlank()) {
            form.add("name", null, new Txt(req.t("login.name-missing"), null));
        }
        if (form.get("password").isEmpty()) {
            form.add("password", null, new Txt(req.t("login.password-missing"), null));
        }
        form.requireOk();
        Access.LogIn result = authentication.access().logIn(form.get("name"), form.get("password"));
        if (result instanceof Access.LoggedIn in) {
            authentication.startSession(ctx, in);
            authentication.cookie(ctx, LOGIN_COOKIE, "", "/logga-in", 0);
            ctx.redirect(req.href(back), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        String refusal;
        if (result instanceof Access.Locked locked) {
            ctx.status(429).header("Retry-After", String.valueOf(Math.max(1, Duration.between(site.clock().instant(),
                    locked.until()).toSeconds())));
            refusal = req.t("login.locked", locked.until().plus(59, ChronoUnit.SECONDS).atZone(req.zone()).toLocalTime()
                    .truncatedTo(ChronoUnit.MINUTES));
        } else {
            ctx.status(401).header("WWW-Authenticate", "Cookie realm=\"regionkarta\", form-action=\"/logga-in\"");
            refusal = req.t("login.refused");
        }
        render(ctx, page(req, form, sent, back, refusal));
    }

    private void logOut(Context ctx) {
        authentication.endSession(ctx);
        ctx.redirect(site.request(ctx).href("/"), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private LoginPage page(SiteRequest req, CalculatorForm form, String csrf, String back, String refusal) {
        return new LoginPage(Shell.of(req, req.t("login.title"), null), req.href("/logga-in"), csrf, form.get("name").strip(),
                back, form.problems(), refusal, authentication.access().keepsAccounts(),
                req.principal().isAnonymous() ? null : req.principal().name());
    }

    /** Renders the page; it holds a token of its own, so no cache keeps it. */
    private void render(Context ctx, LoginPage page) {
        ctx.header("Cache-Control", "no-store");
        site.render(ctx, TEMPLATE, page);
    }

    /** Returns the token the form carries: the session's when there is one, else the login cookie's, made if missing. */
    private String token(Context ctx, SiteRequest req) {
        if (req.csrfToken() != null) {
            return req.csrfToken();
        }
        String kept = ctx.cookie(LOGIN_COOKIE);
        if (wellFormed(kept)) {
            return kept;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        authentication.cookie(ctx, LOGIN_COOKIE, token, "/logga-in", LOGIN_COOKIE_SECONDS);
        return token;
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    /** Returns the page to go back to: a path on this site, never another site's address (no open redirect). */
    static String safeBack(String back) {
        if (back == null || back.length() > 2000 || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\') || back.startsWith("/logga-")) {
            return "/";
        }
        return back;
    }
}
