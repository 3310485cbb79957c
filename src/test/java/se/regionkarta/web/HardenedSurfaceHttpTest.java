package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.store.StoreConfig;

/**
 * The hardened web surface of issue 13, over real HTTP to the server as {@code serve} builds it:
 * security headers and charsets on every answer, HEAD as GET without a body, CORS for reads only,
 * absolute addresses that never come from the Host header, errors below the router, malformed
 * media types, and a client that goes away mid-body.
 */
class HardenedSurfaceHttpTest {

    private static final String PATCH = "application/merge-patch+json";
    private static final String HOSTILE = "Ond</script><!--<script>alert(3)</script>";

    @TempDir
    static Path home;
    @TempDir
    static Path proxiedHome;

    static TestServer server;
    static TestServer proxied;
    static String token;

    @BeforeAll
    static void start() {
        server = TestServer.startWithStore(home);
        proxied = TestServer.startOn(StoreConfig.embedded(proxiedHome), TestServer.CLOCK, null, true);
        Accounts accounts = Accounts.in(server.store().jdbi(), TestServer.CLOCK);
        accounts.add("kalmar-redaktor", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), "ett lagom långt lösenord").orElseThrow();
        token = accounts.createToken(accounts.find("kalmar-redaktor").orElseThrow()).token();
    }

    @AfterAll
    static void stop() {
        for (TestServer s : new TestServer[] {server, proxied}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static void assertSecurityHeaders(String what, HttpHeaders h) {
        assertThat(h.firstValue("Content-Security-Policy")).as(what).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(h.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(h.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(h.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        assertThat(h.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(h.firstValue("Strict-Transport-Security")).as(what + ": not over plain HTTP").isEmpty();
    }

    @Test
    @DisplayName("every answer carries CSP without unsafe-inline, nosniff, DENY framing, a referrer and a permissions policy: pages, API, static files, errors, 304")
    void securityHeadersEverywhere() {
        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("start page", server.get("/"));
        answers.put("unit page", server.get("/region/kalmar"));
        answers.put("API read", server.get("/api/v1/regions"));
        answers.put("static css", server.get("/static/site.css"));
        answers.put("static js", server.get("/static/site.js"));
        answers.put("404 page", server.get("/finns/inte"));
        answers.put("404 problem", server.get("/api/v1/units/finns-inte"));
        answers.put("405 problem", server.send("DELETE", "/api/v1/regions", null));
        String etag = server.get("/api/v1/regions").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> notModified = server.get("/api/v1/regions", "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        answers.put("304", notModified);

        answers.forEach((what, r) -> assertSecurityHeaders(what, r.headers()));
    }

    @Test
    @DisplayName("HSTS only over TLS: X-Forwarded-Proto https counts only behind a trusted proxy")
    void strictTransportSecurityOnlyOverTls() {
        HttpResponse<String> trusted = proxied.get("/", "X-Forwarded-Proto", "https");
        HttpResponse<String> plain = proxied.get("/");
        HttpResponse<String> untrusted = server.get("/", "X-Forwarded-Proto", "https");

        assertThat(trusted.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(untrusted.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    @DisplayName("every text answer names its charset: pages, error pages, problem+json, static css and js")
    void charsets() {
        Map<String, String> types = Map.of(
                "/", "text/html", "/finns/inte", "text/html", "/api/v1/finns-inte", "application/problem+json",
                "/static/site.css", "text/css", "/static/site.js", "text/javascript");
        types.forEach((path, type) -> assertThat(server.get(path).headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(t -> assertThat(t.replace(" ", "").toLowerCase()).isEqualTo(type + ";charset=utf-8")));
    }

    @Test
    @DisplayName("HEAD answers as GET without a body: same status, Content-Type, ETag, Cache-Control and length, 404 where GET is 404")
    void headAsGet() {
        for (String path : List.of("/", "/region/kalmar", "/enhet/kalmar.hsf", "/api/v1/regions", "/api/v1/units/finns-inte",
                "/enhet/finns-inte", "/finns/inte", "/static/site.css")) {
            HttpResponse<String> get = server.get(path);
            HttpResponse<String> head = server.send("HEAD", path, null);

            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.body()).as(path).isEmpty();
            for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Content-Length", "Content-Security-Policy")) {
                assertThat(head.headers().firstValue(header)).as(path + " " + header).isEqualTo(get.headers().firstValue(header));
            }
        }
        assertThat(server.send("HEAD", "/api/v1/units/finns-inte", null).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("CORS: a preflight for GET with If-None-Match is allowed; DELETE, POST, Authorization and x-evil are refused without allow headers")
    void corsExactlyAsDocumented() {
        HttpResponse<String> read = server.send("OPTIONS", "/api/v1/regions", null, "Origin", "https://annan.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match, accept");
        assertThat(read.statusCode()).isEqualTo(204);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(read.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD");
        assertThat(read.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Accept, Accept-Language, If-None-Match");
        assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        for (String[] asked : List.of(new String[] {"DELETE", null}, new String[] {"POST", "content-type"},
                new String[] {"GET", "x-evil"}, new String[] {"GET", "authorization"}, new String[] {"PATCH", "x-evil"})) {
            List<String> headers = new java.util.ArrayList<>(List.of("Origin", "https://annan.example",
                    "Access-Control-Request-Method", asked[0]));
            if (asked[1] != null) {
                headers.addAll(List.of("Access-Control-Request-Headers", asked[1]));
            }
            HttpResponse<String> refused = server.send("OPTIONS", "/api/v1/units/kalmar.hsf", null, headers.toArray(String[]::new));
            String what = asked[0] + " " + asked[1];
            assertThat(refused.statusCode()).as(what).isEqualTo(403);
            assertThat(refused.headers().map().keySet()).as(what).noneMatch(h -> h.toLowerCase().startsWith("access-control-allow"));
        }

        HttpResponse<String> get = server.get("/api/v1/regions", "Origin", "https://annan.example");
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(get.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(v -> assertThat(v).contains("ETag"));
        HttpResponse<String> post = server.send("POST", "/api/v1/elections/allocate?seats=3", "party,votes\nA,10\n",
                "Origin", "https://annan.example", "Content-Type", "text/csv");
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).as("a write is not readable by another origin").isEmpty();
    }

    @Test
    @DisplayName("Host: evil.example appears nowhere: not in JSON-LD, API links, redirects or any header; the absolute addresses use the public address")
    void hostHeaderIsNeverTrusted() {
        List<String> paths = List.of("/", "/region/kalmar", "/enhet/kalmar.hsf", "/sjukvardsregion/sydostra", "/api/v1/regions",
                "/api/v1/units?limit=2", "/redigera/units/kalmar.hsf", "/logga-in", "/finns/inte");
        for (String path : paths) {
            Raw.Answer r = Raw.send(server.port(), ("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "X-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(r.head() + r.body()).as(path).doesNotContain("evil.example");
        }
        Raw.Answer start = Raw.send(server.port(), "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(start.body()).contains("\"url\":\"http://localhost:" + server.port() + "/\"");
    }

    @Test
    @DisplayName("a configured public address is what the pages' JSON-LD names, whatever the Host header says")
    void configuredPublicAddress() {
        var live = new LiveRegistry(TestServer.BUNDLED, se.regionkarta.history.ChangeLog.EMPTY, TestServer.CLOCK);
        var app = se.regionkarta.Server.create(live, TestServer.CLOCK, se.regionkarta.access.Access.withoutStore(TestServer.CLOCK, null),
                PublicAddress.parse("https://regionkarta.example.se/").address()).start(0);
        try {
            Raw.Answer page = Raw.send(app.port(), "GET /region/kalmar HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(page.body()).contains("\"@id\":\"https://regionkarta.example.se/region/kalmar\"").doesNotContain("evil.example");
        } finally {
            app.stop();
        }
        assertThat(PublicAddress.parse("ftp://x.example/").problem()).isNotNull();
        assertThat(PublicAddress.parse("https://x.example/?a=1").problem()).isNotNull();
        assertThat(PublicAddress.parse("https://x.example/#top").problem()).isNotNull();
        assertThat(PublicAddress.parse("/relativ").problem()).isNotNull();
        assertThat(PublicAddress.parse("https://X.example:8443").address()).isEqualTo(new PublicAddress("https://x.example:8443"));
    }

    @Test
    @DisplayName("a name with </script> and <!-- written through the API cannot close the JSON-LD script element")
    void jsonLdCannotBeClosed() {
        String path = "/api/v1/units/kalmar.hsf";
        String etag = server.get(path).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> written = server.send("PATCH", path, "{\"name\": \"" + HOSTILE.replace("\"", "\\\"")
                + "\", \"_source\": \"kalmar-deck\"}", "Content-Type", PATCH, "If-Match", etag, "Authorization", "Bearer " + token);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

        String page = server.get("/enhet/kalmar.hsf").body();
        int open = page.indexOf("<script type=\"application/ld+json\">");
        String jsonLd = page.substring(open, page.indexOf("</script>", open));
        assertThat(jsonLd).contains("Ond\\u003c/script\\u003e\\u003c!--").doesNotContain("<!--").doesNotContain("alert(3)</");
        assertThat(page).doesNotContain(HOSTILE);
    }

    @Test
    @DisplayName("errors below the router are problem+json under /api/ (%00, bad UTF-8, %zz, 100 KB URL, 64 KB cookie) and a small Swedish page elsewhere")
    void errorsBelowTheRouter() {
        Map<String, Integer> api = Map.of("/api/v1/units/a%00b", 400, "/api/v1/units/%C3%28", 400, "/api/v1/units/%FF", 400,
                "/api/v1/units/%zz", 400, "/api/v1/units/" + "a".repeat(100_000), 414);
        api.forEach((target, status) -> {
            Raw.Answer r = Raw.get(server.port(), target);
            String what = target.substring(0, Math.min(30, target.length()));
            assertThat(r.status()).as(what).isEqualTo(status);
            assertThat(r.header("Content-Type")).as(what).isEqualToIgnoringWhitespace("application/problem+json;charset=utf-8");
            assertThat(r.body()).as(what).contains("\"status\":" + status).doesNotContain("Jetty", "<html");
            assertThat(r.header("Content-Security-Policy")).as(what).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        });
        Raw.Answer cookie = Raw.get(server.port(), "/api/v1/regions", "Cookie: a=" + "b".repeat(64 * 1024));
        assertThat(cookie.status()).isEqualTo(431);
        assertThat(cookie.header("Content-Type")).startsWith("application/problem+json");
        assertThat(cookie.body()).contains("\"code\":\"headers-too-large\"");

        Raw.Answer page = Raw.get(server.port(), "/enhet/%C3%28");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
        assertThat(page.body()).contains("lang=\"sv\"", "Felaktig förfrågan").doesNotContain("Jetty", "HTTP ERROR");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    @DisplayName("malformed Accept and Content-Type are 400, an unknown charset 415, on API reads and writes and site forms; never 500")
    void malformedMediaTypes() {
        for (String accept : List.of(";", "*/*;q=abc", "/json", "text/html;=x")) {
            HttpResponse<String> r = server.get("/api/v1/regions", "Accept", accept);
            assertThat(r.statusCode()).as("Accept: " + accept).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).as(accept).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).contains("Accept");
        }
        assertThat(server.get("/api/v1/regions", "Accept", "text/html, *; q=.2").statusCode())
                .as("the old Java client's Accept is read leniently").isEqualTo(200);
        Map<String, Integer> types = Map.of(";", 400, "text/csv; charset=", 400, "multipart/form-data", 400,
                "application/json; charset=bogus", 415, "application/x-www-form-urlencoded; charset=zz", 415);
        for (String path : List.of("/api/v1/elections/allocate?seats=3", "/api/v1/elections/committee?seats=3", "/val", "/logga-in",
                "/api/v1/units")) {
            types.forEach((type, status) -> {
                HttpResponse<String> r = server.send("POST", path, "a,b\n", "Content-Type", type);
                assertThat(r.statusCode()).as(path + " Content-Type: " + type).isEqualTo(status);
            });
        }
        HttpResponse<String> get = server.get("/api/v1/regions", "Content-Type", ";");
        assertThat(get.statusCode()).isEqualTo(400);
        assertThat(get.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(get.body()).as("a header is called a header").contains("Header 'Content-Type': ").doesNotContain("Parameter 'Content-Type'");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("a client that goes away in the middle of its body is one short log line, without a stack trace")
    void clientGoneIsOneLine() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            for (String path : List.of("/api/v1/elections/allocate?seats=3", "/api/v1/units")) {
                try (java.net.Socket socket = new java.net.Socket("localhost", server.port())) {
                    String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            + (path.contains("elections") ? "text/csv" : "application/json") + "\r\nContent-Length: 100000\r\n"
                            + (path.contains("units") ? "Authorization: Bearer " + token + "\r\n" : "") + "\r\n";
                    socket.getOutputStream().write((head + "party,votes\nA,1").getBytes(StandardCharsets.UTF_8));
                    socket.getOutputStream().flush();
                    Thread.sleep(300);
                }
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count(log.toString(StandardCharsets.UTF_8), "client went away") < 2 && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            Thread.sleep(500); // anything else logged about the same requests
        } finally {
            System.setErr(original);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(count(logged, "client went away")).as(logged).isEqualTo(2);
        assertThat(logged).as(logged).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("ERROR");
        Optional<String> line = logged.lines().filter(l -> l.contains("client went away")).findFirst();
        assertThat(line).hasValueSatisfying(l -> assertThat(l).contains("POST /api/v1/elections/allocate").hasSizeLessThan(200));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
