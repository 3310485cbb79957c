package se.regionkarta.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Puts the browser's security headers on every answer — pages, the API, static files, errors and
 * 304s — before any handler runs, so that no answer can leave without them (the container's own
 * error answers get them from {@link ContainerErrors}). The values and the reasons are in
 * docs/security.md ("Headers and the public address").
 *
 * <p>The policy allows scripts and styles only from the site's own files: no template, no SVG the
 * Java code draws and no script sets an inline style or script. The JSON-LD block is data, not a
 * script, and cannot close its element ({@code site.JsonLd} escapes {@code <}, {@code >} and
 * {@code &}).
 */
public final class SecurityHeaders {

    /** The Content-Security-Policy of every answer. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Browser features no page uses; denied so that nothing embedded in a page can ask for them either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()";
    /** A year, with subdomains: sent only on answers that came over HTTPS (RFC 6797, section 7.2). */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private static final Map<String, String> ALWAYS = always();

    private final boolean trustProxy;

    /**
     * @param trustProxy whether a proxy's {@code X-Forwarded-Proto} says how the client reached the
     *     service ({@code serve --trust-proxy}); without it only the connection's own scheme counts
     */
    SecurityHeaders(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    private static Map<String, String> always() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("Permissions-Policy", PERMISSIONS_POLICY);
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return Map.copyOf(h);
    }

    /** Sets the headers on a request's answer: the before-handler of every request. */
    void apply(Context ctx) {
        boolean tls = "https".equalsIgnoreCase(ctx.scheme())
                || trustProxy && firstIsHttps(ctx.header("X-Forwarded-Proto"));
        write(ctx::header, tls);
    }

    /** Writes the headers with the given setter; {@code tls} says the answer goes over HTTPS. */
    static void write(BiConsumer<String, String> header, boolean tls) {
        ALWAYS.forEach(header);
        if (tls) {
            header.accept("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    static boolean firstIsHttps(String forwardedProto) {
        return forwardedProto != null && forwardedProto.split(",")[0].strip().equalsIgnoreCase("https");
    }
}
