package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a client sends in any parameter or path segment, the API never answers with a server error. */
class GarbagePropertyTest {

    static ApiClient api;

    @BeforeContainer
    static void start() {
        api = new ApiClient();
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    @Property(tries = 1500)
    @Label("random text in the parameters of any route never gives a 5xx, and JSON answers are JSON")
    void anyParameters(@ForAll("routes") Route route, @ForAll("queries") List<Map.Entry<String, String>> garbage,
            @ForAll boolean bareUnicode) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> g : garbage) {
            String name = g.getKey().isEmpty() && !route.parameters().isEmpty()
                    ? route.parameters().get(Math.floorMod(g.getValue().hashCode(), route.parameters().size())) : g.getKey();
            pairs.add(encoded(name, bareUnicode) + "=" + encoded(g.getValue(), bareUnicode));
        }

        assertAnswered(Examples.path(route) + "?" + String.join("&", pairs));
    }

    @Property(tries = 500)
    @Label("random text as the id in any path never gives a 5xx")
    void anyId(@ForAll("routesWithId") Route route, @ForAll("garbage") String id, @ForAll boolean bareUnicode) {
        assertAnswered(Examples.withId(route.path(), encoded(id, bareUnicode).replace("+", "%20")));
    }

    private static void assertAnswered(String target) {
        RawHttp.Answer r = api.raw(target);

        assertThat(r.status()).as("%s answered %s", target, r.body()).isLessThan(500);
        String type = r.headers().getOrDefault("content-type", "");
        if (type.startsWith("application/json") || type.startsWith("application/problem+json")) {
            ApiClient.parse(r.body());
        }
    }

    /**
     * Writes printable ASCII as it is, so that broken escapes ({@code %zz}, {@code %}) and path
     * tricks ({@code ../}) reach the server unaltered; percent-encodes the rest, except that
     * letters beyond ASCII are sent as bare UTF-8 when {@code bareUnicode} is set. Only what would
     * break the request line itself (space, CR, LF) and the query's own separators are always encoded.
     */
    private static String encoded(String text, boolean bareUnicode) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean printable = c > 0x20 && c < 0x7f && c != '&' && c != '=' && c != '#';
            boolean bare = bareUnicode && c >= 0xa0 && Character.isLetterOrDigit(c);
            out.append(printable || bare ? new String(Character.toChars(c))
                    : URLEncoder.encode(new String(Character.toChars(c)), StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    @Provide
    Arbitrary<Route> routes() {
        return Arbitraries.of(Examples.ROUTES);
    }

    @Provide
    Arbitrary<Route> routesWithId() {
        return Arbitraries.of(Examples.ROUTES.stream().filter(Examples::hasId).collect(Collectors.toList()));
    }

    /** Returns a few parameters: mostly the route's own names (the empty name stands for one of them), some random. */
    @Provide
    Arbitrary<List<Map.Entry<String, String>>> queries() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just(""), Arbitraries.just(""), garbage());
        return Combinators.combine(names, garbage()).as(Map::entry).list().ofMinSize(1).ofMaxSize(4);
    }

    /** Returns hostile text: any characters, control characters, broken escapes, path tricks, long runs. */
    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().ascii().ofMaxLength(40),
                Arbitraries.strings().withChars("%0123456789abcdefzAZ-._~/\\.:;+ ").ofMaxLength(30),
                Arbitraries.of("%00", "%", "%zz", "%C3", "%ED%A0%80", "%F0%9F%98%80", "../", "..%2F..%2F", "%2e%2e", "\u0000",
                        "\uD800", "😀", "Östra Göinge", "kalmar", "kalmar.hsf", "2025", "2025-02-29", "2024-02-29", "0", "-0",
                        "2147483648", "NaN", "null", "[]", "{}", "' OR 1=1 --", "<script>", "\r\nX-Injected: 1"),
                Arbitraries.strings().ascii().ofMinLength(190).ofMaxLength(4000));
    }
}
