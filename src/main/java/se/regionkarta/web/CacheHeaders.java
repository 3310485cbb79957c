package se.regionkarta.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayInputStream;
import java.util.zip.CRC32C;

/**
 * Lets browsers and proxies keep successful reads for a minute, and makes revalidation cheap: every
 * successful GET gets a weak ETag (a CRC-32C of the body, which the CPU computes in hardware; weak
 * because the same tag covers the gzip and the plain encoding of the body) and
 * a request whose If-None-Match names it gets 304 without a body. Errors are not cached.
 *
 * <p>Javalin can generate ETags itself, but it checksums the body byte by byte, which measured as
 * the largest cost of serving a page (docs/benchmarks.md); its tags are also unquoted.
 */
final class CacheHeaders {

    /**
     * The request attribute a read of a writable fact sets to the fact's version: its tag is then
     * strong and starts with the version ({@link FactTag}), so that a writer can send it in If-Match.
     */
    static final String FACT_VERSION = "regionkarta.factVersion";

    private CacheHeaders() {
    }

    static void apply(Context ctx) {
        if (ctx.res().getHeader("Cache-Control") != null) {
            return;
        }
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        boolean ok = ctx.statusCode() == 200;
        // an answer to someone who showed who they are may say so (a page's header, its forms' CSRF token): never kept
        boolean anonymous = Authentication.principal(ctx).isAnonymous();
        ctx.header("Cache-Control", read && ok && anonymous ? "public, max-age=60" : "no-store");
        ctx.header("Vary", ErrorMapper.isApi(ctx) ? "Accept, Accept-Encoding" : "Accept, Accept-Encoding, Cookie");
        // a writer reads the version it changes from the tag, so a writable fact's read is tagged for everyone
        Integer version = ctx.attribute(FACT_VERSION);
        if (read && ok && (anonymous || version != null) && ctx.resultInputStream() instanceof ByteArrayInputStream body) {
            String etag = version == null ? etagOf(body) : FactTag.of(version, digestOf(body));
            ctx.header("ETag", etag);
            if (matches(ctx.header("If-None-Match"), etag)) {
                ctx.status(304).result(new byte[0]);
            }
        }
    }

    private static String etagOf(ByteArrayInputStream body) {
        return "W/\"" + digestOf(body) + "\"";
    }

    private static String digestOf(ByteArrayInputStream body) {
        body.mark(0);
        byte[] bytes = body.readAllBytes();
        body.reset();
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(bytes.length);
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Tells whether an If-None-Match header names the tag (weak comparison, as RFC 9110 asks for GET). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
                return true;
            }
        }
        return false;
    }
}
