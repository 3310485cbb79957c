package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.access.Access;
import se.regionkarta.history.ChangeLog;
import se.regionkarta.json.Json;
import se.regionkarta.site.Pages;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteErrors;

/** Issue 13, operations: liveness, readiness, metrics and request ids over real HTTP. */
class OperationsTest {

    @TempDir
    Path home;

    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("GET /health answers {\"status\":\"up\"} as JSON, never cached")
    void health() throws Exception {
        server = TestServer.start();
        HttpResponse<String> r = server.get("/health");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(json(r.body())).isEqualTo(json("{\"status\":\"up\"}"));
    }

    @Test
    @DisplayName("GET /ready is 200 while the store answers, and 503 naming the store once it cannot")
    void readyFollowsTheStore() throws Exception {
        server = TestServer.startWithStore(home);
        HttpResponse<String> ready = server.get("/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(json(ready.body()).get("checks").get("store").asText()).isEqualTo("up");
        assertThat(json(ready.body()).get("checks").get("snapshot").asText()).isEqualTo("published");

        server.store().close();
        HttpResponse<String> down = server.get("/ready");

        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = json(down.body());
        assertThat(body.get("status").asText()).isEqualTo("not ready");
        assertThat(body.get("checks").get("store").asText()).startsWith("unreachable");
        assertThat(body.get("checks").get("snapshot").asText()).isEqualTo("published");
        assertThat(server.get("/health").statusCode()).as("alive all the same").isEqualTo(200);
    }

    @Test
    @DisplayName("/metrics counts requests by method, route template and status class, in the Prometheus text format")
    void metrics() throws Exception {
        server = TestServer.start();
        assertThat(server.get("/api/v1/units/kalmar.hsf").statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/units/kalmar.hsf").statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/units/no-such-unit").statusCode()).isEqualTo(404);
        assertThat(server.get("/no/such/page/" + "x".repeat(40)).statusCode()).isEqualTo(404);

        HttpResponse<String> r = server.get("/metrics");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        String text = r.body();
        assertThat(value(text, "http_requests_total{method=\"GET\",route=\"/api/v1/units/{id}\",status=\"2xx\"}")).isEqualTo(2);
        assertThat(value(text, "http_requests_total{method=\"GET\",route=\"/api/v1/units/{id}\",status=\"4xx\"}")).isEqualTo(1);
        assertThat(value(text, "http_requests_total{method=\"GET\",route=\"unmatched\",status=\"4xx\"}")).isEqualTo(1);
        assertThat(text).doesNotContain("no/such/page", "kalmar.hsf");
        assertThat(value(text, "http_request_duration_seconds_count{method=\"GET\",route=\"/api/v1/units/{id}\"}")).isEqualTo(3);
        assertThat(text).contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/units/{id}\",le=\"0.1\"}");
        assertThat(value(text, "regionkarta_snapshot_age_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(value(text, "regionkarta_store_errors_total{operation=\"refresh\"}")).isZero();
        assertThat(value(text, "jvm_memory_max_bytes{area=\"heap\"}")).isEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(text).contains("jvm_threads_current");
    }

    @Test
    @DisplayName("a sane X-Request-Id is echoed; an unusable one is replaced by a new id")
    void requestIds() {
        server = TestServer.start();
        assertThat(server.get("/api/v1/regions", "X-Request-Id", "lb-7f3a.2_x").headers().firstValue("X-Request-Id"))
                .hasValue("lb-7f3a.2_x");
        for (String bad : List.of("a b", "x".repeat(65), "ett;två", "<script>")) {
            String given = server.get("/api/v1/regions", "X-Request-Id", bad).headers().firstValue("X-Request-Id").orElse("");
            assertThat(given).as(bad).matches("[0-9a-f]{16}");
        }
        String first = server.get("/enhet/kalmar.hsf").headers().firstValue("X-Request-Id").orElse("");
        String second = server.get("/no/such/page").headers().firstValue("X-Request-Id").orElse("");
        assertThat(first).matches("[0-9a-f]{16}");
        assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);
    }

    @Test
    @DisplayName("the log line of a 500 carries the request's id, as the answer's X-Request-Id does")
    void errorLogCarriesTheRequestId() throws Exception {
        LiveRegistry registry = new LiveRegistry(TestServer.BUNDLED, ChangeLog.EMPTY, TestServer.CLOCK);
        WebServer.RouteGroup failing = routes -> routes.get("/api/v1/test-fault", ctx -> {
            throw new IllegalStateException("a fault of the program");
        });
        io.javalin.Javalin javalin = WebServer.create(List.of(failing), new SiteErrors(new Site(registry, new Pages(),
                TestServer.CLOCK)), new Authentication(Access.withoutStore(TestServer.CLOCK, null)),
                new Operations(registry, TestServer.CLOCK)).start(0);
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + javalin.port() + "/api/v1/test-fault"))
                    .header("X-Request-Id", "fault-1234").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.headers().firstValue("X-Request-Id")).hasValue("fault-1234");
        } finally {
            System.setErr(original);
            javalin.stop();
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged.lines().filter(l -> l.contains("a fault of the program") || l.contains("failed")).findFirst())
                .hasValueSatisfying(line -> assertThat(line).contains("request_id=fault-1234"));
    }

    private static double value(String text, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as("%s in%n%s", series, text).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static JsonNode json(String body) throws Exception {
        return Json.mapper().readTree(body);
    }
}
