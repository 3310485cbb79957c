package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.access.AdjustableClock;

/**
 * Issue 13: rate limits per client address over real HTTP, as {@code serve} runs them, on a clock
 * the test moves (nothing sleeps): the calculators (API and site), writes and login attempts.
 */
@Timeout(120)
class RateLimitsHttpTest {

    private static final String COMMITTEE = "/api/v1/elections/committee?seats=3";
    private static final String GROUPS = "group,ballots\nA,7\nB,5\n";

    private AdjustableClock clock;
    private TestServer server;

    @BeforeEach
    void start() {
        clock = AdjustableClock.atTestStart();
        server = TestServer.startBounded(clock, Bounds.standard(clock));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> committee() {
        return server.send("POST", COMMITTEE, GROUPS, "Content-Type", "text/csv");
    }

    @Test
    @DisplayName("the calculators take 20 requests from one address at once, then 429 with Retry-After until the bucket fills")
    void calculations() {
        for (int i = 0; i < RateLimits.Kind.CALCULATION.burst(); i++) {
            assertThat(committee().statusCode()).as("request %d", i + 1).isEqualTo(200);
        }
        HttpResponse<String> refused = committee();
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"code\":\"too-many-requests\"");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("3");
        // the other calculators share the bucket; reads are not counted
        assertThat(server.send("POST", "/api/v1/settlements", "{}", "Content-Type", "application/json").statusCode()).isEqualTo(429);
        assertThat(server.get("/api/v1/regions").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(3));
        assertThat(committee().statusCode()).isEqualTo(200);
        assertThat(committee().statusCode()).isEqualTo(429);
    }

    @Test
    @DisplayName("the site's calculators answer a Swedish page with 429 once the address has sent too many; the form itself still shows")
    void siteCalculators() {
        Visitor v = new Visitor(server);
        Map<String, String> form = Map.of("groups", GROUPS, "seats", "3", "seed", "1", "present", "");
        for (int i = 0; i < RateLimits.Kind.CALCULATION.burst(); i++) {
            assertThat(v.post("/val/namnd", form).statusCode()).as("request %d", i + 1).isEqualTo(200);
        }
        HttpResponse<String> refused = v.post("/val", Map.of("votes", "", "seats", "101"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("<html lang=\"sv\">", "För många förfrågningar", "Vänta en stund");
        assertThat(v.get("/val/namnd").statusCode()).isEqualTo(200);
        assertThat(v.post("/sjukvardsregion/avrakning", Map.of("events", "", "prices", "", "month", "")).statusCode())
                .isEqualTo(429);
    }

    @Test
    @DisplayName("writes are limited per address: the 61st write in a minute is 429 before its rights are even checked")
    void writes() {
        String patch = "{\"name\":\"x\"}";
        for (int i = 0; i < RateLimits.Kind.WRITE.burst(); i++) {
            HttpResponse<String> r = server.send("PATCH", "/api/v1/units/kalmar.hsf", patch, "Content-Type",
                    "application/merge-patch+json");
            assertThat(r.statusCode()).as("write %d", i + 1).isNotEqualTo(429);
        }
        HttpResponse<String> refused = server.send("PATCH", "/api/v1/units/kalmar.hsf", patch, "Content-Type",
                "application/merge-patch+json");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    @DisplayName("login attempts are limited per address across names: ten, then 429 for 90 seconds")
    void logins(@TempDir Path home) {
        server.close();
        server = TestServer.startOn(se.regionkarta.store.StoreConfig.embedded(home), clock, null, false, Bounds.standard(clock));
        Visitor v = new Visitor(server);
        for (int i = 0; i < RateLimits.Kind.LOGIN.burst(); i++) {
            assertThat(v.logIn("name" + i, "wrong password").statusCode()).as("attempt %d", i + 1).isNotEqualTo(429);
        }
        HttpResponse<String> refused = v.logIn("another", "wrong password");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("90");
        assertThat(refused.body()).contains("För många förfrågningar");

        clock.advance(Duration.ofSeconds(90));
        assertThat(v.logIn("another", "wrong password").statusCode()).isNotEqualTo(429);
    }
}
