package se.regionkarta.web;

import io.javalin.http.Context;
import java.util.Optional;
import se.regionkarta.access.Access;
import se.regionkarta.access.model.Principal;

/**
 * Gives every request its {@link Principal}, before any route: on the API from an
 * {@code Authorization: Bearer} header (an API token or an OpenID Connect JWT), on the site from the
 * session cookie. A request with neither is an anonymous reader. A bearer token that is not accepted
 * ends an API request with 401 and {@code WWW-Authenticate: Bearer}, even where an anonymous read
 * would do (RFC 6750, section 3.1): a client should learn that its token is bad. A session cookie
 * that opens no session is removed, and the request is anonymous.
 *
 * <p>The API reads no cookie and the site no bearer header, so that a page of another site can
 * never make a browser send an API request with the user's rights (no ambient credentials on the
 * API, hence no CSRF there), and the site's forms carry their session's CSRF token
 * ({@code site.FormGuard}). The session cookie is {@code HttpOnly; SameSite=Lax; Path=/}, and
 * {@code Secure} with the {@code __Host-} prefix when the request came over HTTPS or the service is
 * told it is behind HTTPS (docs/decisions/0022-identity-and-access.md).
 */
public final class Authentication {

    private static final String COOKIE = "regionkarta-session";
    private static final String PRINCIPAL = "regionkarta.principal";
    private static final String SIGNED_IN = "regionkarta.signed-in";
    private static final String SESSION_KEY = "regionkarta.session-key";

    private final Access access;

    public Authentication(Access access) {
        this.access = access;
    }

    public Access access() {
        return access;
    }

    /** Attaches the request's principal: the before-handler of every request. */
    void attach(Context ctx) {
        ctx.attribute(PRINCIPAL, Principal.ANONYMOUS);
        if (ErrorMapper.isApi(ctx)) {
            bearer(ctx);
        } else {
            session(ctx);
        }
    }

    private void bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return;
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "The Authorization header must be 'Bearer' and a token (an API "
                    + "token or a JWT); no other scheme is read.");
        }
        Access.Bearer checked = access.bearer(parts[1].strip());
        if (checked instanceof Access.Bearer.Refused r) {
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "The bearer token is not accepted: " + r.reason() + ".");
        }
        ctx.attribute(PRINCIPAL, ((Access.Bearer.Accepted) checked).principal());
    }

    private void session(Context ctx) {
        String key = ctx.cookie(cookieName(ctx));
        if (key == null || key.isEmpty()) {
            return;
        }
        Optional<Access.SignedIn> signedIn = access.session(key);
        if (signedIn.isPresent()) {
            ctx.attribute(PRINCIPAL, signedIn.get().principal());
            ctx.attribute(SIGNED_IN, signedIn.get());
            ctx.attribute(SESSION_KEY, key);
        } else {
            cookie(ctx, cookieName(ctx), "", "/", 0);
        }
    }

    /** Returns who the request is; anonymous when it did not show it. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        return p == null ? Principal.ANONYMOUS : p;
    }

    /** Returns the CSRF token of the request's session, which every form it is shown carries; empty without a session. */
    public static Optional<String> csrfToken(Context ctx) {
        Access.SignedIn s = ctx.attribute(SIGNED_IN);
        return Optional.ofNullable(s).map(Access.SignedIn::csrfToken);
    }

    /** Starts the session just logged in: its key in the session cookie, which ends with the browser (the session itself after 8 hours). */
    public void startSession(Context ctx, Access.LoggedIn in) {
        endSession(ctx);
        cookie(ctx, cookieName(ctx), in.sessionKey(), "/", -1);
    }

    /** Ends the request's session, if it has one, in the store and in the browser. */
    public void endSession(Context ctx) {
        String key = ctx.attribute(SESSION_KEY);
        if (key != null) {
            access.logOut(key);
            cookie(ctx, cookieName(ctx), "", "/", 0);
        }
    }

    /**
     * Tells whether cookies of this request are sent over HTTPS only: the service is told so, the
     * request came over HTTPS, or a proxy that ended TLS says it did ({@code X-Forwarded-Proto},
     * {@code Forwarded: proto=https}, RFC 7239). Trusting the header from anyone is safe here: it can
     * only make a cookie stricter, for the client that sent it.
     */
    public boolean secure(Context ctx) {
        return access.secureCookies() || "https".equalsIgnoreCase(ctx.scheme()) || forwardedOverHttps(ctx);
    }

    /**
     * Returns the address of the client, for limits counted per address: the connection's peer, or,
     * when the service is told it runs behind a proxy ({@code serve --trust-proxy}), the last
     * address in {@code X-Forwarded-For}, which is the one that proxy saw (addresses before it were
     * written by the client, and anyone can write them). Without that setting the header is ignored.
     */
    public String clientAddress(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!access.trustProxy()) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 100 ? peer : last;
    }

    private static boolean forwardedOverHttps(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        if (proto != null && proto.split(",")[0].strip().equalsIgnoreCase("https")) {
            return true;
        }
        String forwarded = ctx.header("Forwarded");
        if (forwarded == null) {
            return false;
        }
        for (String pair : forwarded.split(",")[0].split(";")) { // the first hop: the proxy the client reached
            String[] kv = pair.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equalsIgnoreCase("proto") && kv[1].replace("\"", "").equalsIgnoreCase("https")) {
                return true;
            }
        }
        return false;
    }

    private String cookieName(Context ctx) {
        return secure(ctx) ? "__Host-" + COOKIE : COOKIE;
    }

    /**
     * Sets a cookie that scripts cannot read and other sites' forms do not send: {@code HttpOnly},
     * {@code SameSite=Lax}, and {@code Secure} where {@link #secure} says so.
     *
     * @param maxAgeSeconds 0 removes it, a negative number makes it last as long as the browser runs
     */
    public void cookie(Context ctx, String name, String value, String path, long maxAgeSeconds) {
        StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=").append(path);
        if (maxAgeSeconds >= 0) {
            c.append("; Max-Age=").append(maxAgeSeconds);
        }
        c.append("; HttpOnly; SameSite=Lax");
        if (secure(ctx)) {
            c.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", c.toString());
    }
}
