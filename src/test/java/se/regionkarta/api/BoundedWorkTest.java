package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.regionkarta.json.Json;
import se.regionkarta.web.Bounds;
import se.regionkarta.web.RateLimits;
import se.regionkarta.web.TestServer;
import se.regionkarta.web.TimeLimit;

/**
 * Issue 13, bounded work per request, over real HTTP: inputs that took minutes or answered tens of
 * megabytes are refused (422 over-limit) or answered small; bodies over the cap are 413; a
 * computation past its time limit is stopped (503). Each @Timeout only guards against a hang.
 */
@Timeout(120)
class BoundedWorkTest {

    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode problem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = ApiClient.parse(r.body());
        assertThat(p.get("code").asText()).isEqualTo(code);
        return p;
    }

    private static String groups(int n, String cartel) {
        StringBuilder csv = new StringBuilder("group,ballots,cartel\n");
        for (int i = 0; i < n; i++) {
            csv.append('g').append(i).append(",1,").append(cartel).append('\n');
        }
        return csv.toString();
    }

    @Test
    @DisplayName("80 000 groups for a committee of 1 000 seats are over the limit (422), naming it and the command; it took minutes")
    void committeeOfManyGroups() {
        JsonNode p = problem(api.post(ElectionApiTest.COMMITTEE + "?seats=1000", groups(80_000, ""), "text/csv"), 422,
                "over-limit");

        assertThat(p.get("detail").asText()).contains("Too many groups in body: 80000", "at most 1000", "regionkarta committee-seats");
    }

    @Test
    @DisplayName("183 000 parties with no threshold are over the limit (422); they took 79 s and answered 24 MB")
    void allocationOfManyParties() {
        StringBuilder csv = new StringBuilder(ElectionApiTest.HEADER);
        for (int i = 0; i < 183_000; i++) {
            csv.append("K,1000,,P").append(i).append(",1\n");
        }
        JsonNode p = problem(api.post(ElectionApiTest.ALLOCATE + "?seats=101&threshold=0", csv.toString(), "text/csv"), 422,
                "over-limit");

        assertThat(p.get("detail").asText()).contains("Too many parties in body: 183000", "at most 200", "regionkarta seats");
    }

    @Test
    @DisplayName("a joint list of 1 000 tied groups filling 1 000 seats reports its tie once, not once a seat with every name")
    void tiesOnce() {
        HttpResponse<String> r = api.post(ElectionApiTest.COMMITTEE + "?seats=1000", groups(1000, "K"), "text/csv");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode ties = ApiClient.parse(r.body()).get("ties");
        assertThat(ties).hasSize(1);
        assertThat(ties.get(0).get("tied")).hasSize(1000);
        assertThat(ties.get(0).get("seat").asInt()).isEqualTo(1);
        assertThat(ties.get(0).get("seats").asInt()).isEqualTo(999); // the last group left gets the last seat without a draw
        assertThat(ties.get(0).get("chosenInTurn")).hasSize(999);
        assertThat(ties.get(0).get("chosen").asText()).isEqualTo(ties.get(0).get("chosenInTurn").get(0).asText());
        assertThat(r.body().length()).isLessThan(200_000);
    }

    @Test
    @DisplayName("a body over 5 MB is 413 payload-too-large, for CSV and JSON, declared or not")
    void tooLarge() {
        String big = "x".repeat(5 * 1024 * 1024 + 1);
        problem(api.post(ElectionApiTest.COMMITTEE + "?seats=5", big, "text/csv"), 413, "payload-too-large");
        problem(api.post("/api/v1/settlements", big, "application/json"), 413, "payload-too-large");
        problem(api.post("/api/v1/compensations", big, "application/json"), 413, "payload-too-large");
    }

    @Test
    @DisplayName("a price list of 32 768 distinct codes is over the limit (422); it was a 500")
    void manyPriceCodes() {
        StringBuilder prices = new StringBuilder("valid_from,valid_until,kind,code,price_sek\n");
        for (int i = 0; i < 32_768; i++) {
            prices.append("2025-01-01,2025-12-31,visit,c").append(i).append(",100.00\n");
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("events", "home_region,provider_region,provider_unit,date,kind,code,quantity\n"
                + "kalmar,ostergotland,ostergotland.universitetssjukhus,2025-01-02,visit,c7,1\n");
        body.put("prices", prices.toString());

        JsonNode p = problem(api.post("/api/v1/settlements", body.toString(), "application/json"), 422, "over-limit");
        assertThat(p.get("detail").asText()).contains("prices", "at most 20000", "regionkarta settle");
    }

    @Test
    @DisplayName("a computation still running at its time limit stops and answers 503 took-too-long")
    void timeLimit() {
        // a clock that moves one second each time it is read: the ten seconds pass after ten seats, with no waiting
        AtomicLong nanos = new AtomicLong();
        TimeLimit ticking = new TimeLimit(Duration.ofSeconds(10), () -> nanos.getAndAdd(1_000_000_000L));
        try (TestServer server = TestServer.startBounded(TestServer.CLOCK, address -> new Bounds(ticking, RateLimits.none()))) {
            HttpResponse<String> r = server.send("POST", ElectionApiTest.COMMITTEE + "?seats=500", "group,ballots\nA,70\nB,50\n",
                    "Content-Type", "text/csv");
            JsonNode p = problem(r, 503, "took-too-long");
            assertThat(p.get("detail").asText()).contains("10 s", "command line");

            nanos.set(0);
            HttpResponse<String> small = server.send("POST", ElectionApiTest.COMMITTEE + "?seats=5", "group,ballots\nA,70\nB,50\n",
                    "Content-Type", "text/csv");
            assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("a page larger than a list's cap is refused naming limit, not clamped")
    void pagingCaps() {
        for (String path : new String[] {"/api/v1/parties?limit=501", "/api/v1/events?limit=501", "/api/v1/changes?limit=501",
            "/api/v1/search?q=kalmar&limit=101"}) {
            JsonNode p = problem(api.get(path), 400, "bad-parameter");
            assertThat(p.get("detail").asText()).as(path).contains("limit");
        }
        assertThat(api.get("/api/v1/parties?limit=500").statusCode()).isEqualTo(200);
    }
}
