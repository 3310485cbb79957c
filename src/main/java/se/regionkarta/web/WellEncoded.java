package se.regionkarta.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import se.regionkarta.input.BadInput;

/**
 * Refuses a request whose path or query is not validly percent-encoded, before routing: Javalin
 * would otherwise fail on it with a 500 when it decodes a path parameter. The API checks the
 * same and names the parameter (se.regionkarta.api.Params); this guard covers every other page.
 */
final class WellEncoded {

    private WellEncoded() {
    }

    static void require(Context ctx) {
        String uri = ctx.req().getRequestURI();
        String query = ctx.queryString();
        if (!decodable(uri) || (query != null && !decodable(query))) {
            throw BadInput.of("The address is not validly percent-encoded (RFC 3986).");
        }
    }

    private static boolean decodable(String text) {
        try {
            URLDecoder.decode(text, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
