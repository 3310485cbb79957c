package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.web.ProblemType;

/** Caching, CORS, the problem type pages and search, over HTTP. */
class HttpBehaviourTest {

    static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("a unit read carries an ETag, and asking again with If-None-Match gets 304 with no body")
    void etag() {
        HttpResponse<String> first = api.get("/api/v1/units/kalmar.hsf?asOf=2025-06-01");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = api.get("/api/v1/units/kalmar.hsf?asOf=2025-06-01", "If-None-Match", etag);

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(api.get("/api/v1/units/kalmar.hsf?asOf=2020-06-01", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("the bodies list is open to other origins (CORS), also for a preflight")
    void cors() {
        HttpResponse<String> r = api.get("/api/v1/bodies?region=kalmar", "Origin", "https://example.org");

        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    @DisplayName("each problem type URI answers with the type's description; an unknown code is a 404")
    void problemTypes() {
        for (ProblemType type : ProblemType.values()) {
            JsonNode description = api.ok(type.uri());
            assertThat(description.get("code").asText()).isEqualTo(type.code());
            assertThat(description.get("status").asInt()).isEqualTo(type.status());
            assertThat(description.get("description").asText()).isEqualTo(type.description());
        }
        assertThat(api.ok("/api/v1/problems").get("items")).hasSize(ProblemType.values().length);
        assertThat(api.problem("/api/v1/problems/no-such-problem", 404).get("code").asText()).isEqualTo("not-found");
    }

    @Test
    @DisplayName("search answers with the query and hits grouped by kind")
    void search() {
        JsonNode result = api.ok("/api/v1/search?q=sjukhus&limit=5");

        assertThat(result.get("query").asText()).isEqualTo("sjukhus");
        assertThat(result.get("groups").isObject()).isTrue();
        int hits = 0;
        for (JsonNode group : result.get("groups")) {
            hits += group.size();
        }
        assertThat(hits).isLessThanOrEqualTo(5);
    }

    @Test
    @DisplayName("writing is not allowed: POST and DELETE on API routes are 405 problems")
    void readOnly() {
        assertThat(api.get("/api/v1/units").statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/units/kalmar").statusCode()).isEqualTo(405);
        assertThat(api.send("DELETE", "/api/v1/bodies").statusCode()).isEqualTo(405);
    }
}
