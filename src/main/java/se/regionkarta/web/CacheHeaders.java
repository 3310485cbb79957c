package se.regionkarta.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Lets browsers and proxies keep successful reads for a minute; the ETag (made by Javalin from the
 * body) makes revalidation cheap. Errors are not cached.
 */
final class CacheHeaders {

    private CacheHeaders() {
    }

    static void apply(Context ctx) {
        if (ctx.res().getHeader("Cache-Control") != null) {
            return;
        }
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        int status = ctx.statusCode();
        ctx.header("Cache-Control", read && (status == 200 || status == 304) ? "public, max-age=60" : "no-store");
        ctx.header("Vary", "Accept, Accept-Encoding");
    }
}
