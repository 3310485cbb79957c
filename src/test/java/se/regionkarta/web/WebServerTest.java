package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every answer of the server does, whatever the route: errors, caching, compression, CORS. */
class WebServerTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("an unknown API path is a 404 problem+json with a documented type")
    void notFoundProblem() {
        HttpResponse<String> r = server.get("/api/v1/no-such-thing");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"type\":\"" + ProblemType.NOT_FOUND.uri() + "\"", "\"status\":404", "\"code\":\"not-found\"");
    }

    @Test
    @DisplayName("writing to a read-only API resource is a 405 problem")
    void methodNotAllowed() {
        HttpResponse<String> r = server.send("DELETE", "/api/v1/regions", null);

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.body()).contains("\"code\":\"method-not-allowed\"");
    }

    @Test
    @DisplayName("asking the API for XML is a 406 problem")
    void notAcceptable() {
        HttpResponse<String> r = server.get("/api/v1/regions", "Accept", "application/xml");

        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("\"code\":\"not-acceptable\"");
    }

    @Test
    @DisplayName("a read carries an ETag and Cache-Control, and a repeated read with If-None-Match gets 304")
    void conditionalGet() {
        HttpResponse<String> first = server.get("/api/v1/regions");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> second = server.get("/api/v1/regions", "If-None-Match", etag);

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
    }

    @Test
    @DisplayName("API reads are compressed with gzip when asked, and open to other origins (CORS)")
    void gzipAndCors() {
        HttpResponse<String> r = server.get("/api/v1/regions", "Accept-Encoding", "gzip", "Origin", "https://example.org");

        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    @DisplayName("an unknown page outside the API is an HTML 404 page, not JSON")
    void htmlNotFound() {
        HttpResponse<String> r = server.get("/no/such/page");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("<html");
    }

    @Test
    @DisplayName("a badly percent-encoded address is a 400 on pages and in the API, never a 500")
    void brokenEscapes() {
        assertThat(server.rawGetStatus("/enhet/a;%%.")).isEqualTo(400);
        assertThat(server.rawGetStatus("/region/x%zz/politik")).isEqualTo(400);
        assertThat(server.rawGetStatus("/api/v1/units/a;%%.")).isEqualTo(400);
        assertThat(server.rawGetStatus("/sok?q=%zz")).isEqualTo(400);
    }

    @Test
    @DisplayName("problem details are UTF-8, so Swedish letters in them survive")
    void problemCharset() {
        HttpResponse<String> r = server.get("/api/v1/units/f%C3%B6rvaltning");

        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
    }
}
