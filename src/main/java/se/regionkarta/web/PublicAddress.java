package se.regionkarta.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address people and programs reach the service at, for the absolute addresses it writes (the
 * pages' JSON-LD {@code @id} and {@code url}): configured ({@code serve --public-url}), never read
 * from the request's {@code Host} header, which the client chooses and a cache would then keep for
 * everyone. Without a configured address it is {@code http://localhost:PORT}, the port the server
 * listens on. Links within the site and the API are relative and need no base.
 *
 * @param base scheme, host and port without a slash at the end, such as
 *     {@code https://regionkarta.example.se}; null for localhost on the listening port
 */
public record PublicAddress(String base) {

    /** Localhost on the port the server listens on: the default. */
    public static final PublicAddress LOCAL = new PublicAddress(null);
    private static final String ATTRIBUTE = "regionkarta.public-address";

    /**
     * Reads a configured address: an absolute {@code http} or {@code https} URL of the site's root,
     * with no path beyond {@code /}, no query, fragment or user.
     *
     * @return the address, or the one sentence that says what is wrong with it
     */
    public static Result parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return new Result(null, "not a URL: " + text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return new Result(null, "give an absolute http or https address, such as https://regionkarta.example.se/, got "
                    + text);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return new Result(null, "give the address without a query, fragment or user name, got " + text);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            return new Result(null, "give the address of the site's root (its links start at /), without a path, got " + text);
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new Result(new PublicAddress(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port), null);
    }

    /** A parsed address, or what is wrong with the text. */
    public record Result(PublicAddress address, String problem) {
    }

    /** Attaches the address to a request: the before-handler of every request. */
    void attach(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    /** Returns the base of absolute addresses for a request, without a slash at the end. */
    public static String of(Context ctx) {
        PublicAddress address = Optional.ofNullable(ctx.<PublicAddress>attribute(ATTRIBUTE)).orElse(LOCAL);
        return address.base != null ? address.base : "http://localhost:" + ctx.req().getLocalPort();
    }
}
