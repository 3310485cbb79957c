package se.regionkarta.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin access to the API, exactly as README and docs/security.md say: any origin may read
 * ({@code GET}, {@code HEAD}) without credentials; nothing else. A preflight that asks for another
 * method or for a header a read does not need (such as {@code Authorization}, so no other site's
 * page sends a person's token) is refused with 403 and no {@code Access-Control-Allow-*} header,
 * and the browser then does not send the request. Writes therefore come only from clients that are
 * not browsers on another site (scripts, servers), or from the site itself.
 */
final class Cors {

    static final String ALLOWED_METHODS = "GET, HEAD";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match";
    static final String EXPOSED_HEADERS = "ETag, Retry-After, Content-Language";
    private static final Set<String> METHODS = Set.of("GET", "HEAD");
    private static final Set<String> HEADERS = Set.of("accept", "accept-language", "if-none-match");

    private Cors() {
    }

    /** Answers a preflight of the API, or marks a read from another origin as readable there. */
    static void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !ErrorMapper.isApi(ctx)) {
            return;
        }
        String asked = ctx.header("Access-Control-Request-Method");
        if (ctx.method() == HandlerType.OPTIONS && asked != null) {
            preflight(ctx, asked.strip(), ctx.header("Access-Control-Request-Headers"));
            return;
        }
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }

    private static void preflight(Context ctx, String method, String headers) {
        if (!METHODS.contains(method)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Other origins may only read the API (GET, HEAD); " + method
                    + " is not allowed from another origin.");
        }
        if (headers != null) {
            for (String h : headers.split(",")) {
                String name = h.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !HEADERS.contains(name)) {
                    throw new ApiProblem(ProblemType.FORBIDDEN, "Other origins may send only the headers " + ALLOWED_HEADERS
                            + " to the API; " + name + " is not allowed.");
                }
            }
        }
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
        ctx.skipRemainingHandlers();
    }
}
