package se.regionkarta.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.access.SharedPostgres;
import se.regionkarta.web.TestServer;

/** The write contract over HTTP on PostgreSQL; and a write through one instance read through another. */
class PostgresEditingHttpTest extends EditingHttpContract {

    @BeforeAll
    static void startServer() {
        start(SharedPostgres.freshDatabase());
    }

    @Test
    @DisplayName("two instances on one PostgreSQL: a write through one is read through the other within 2 s")
    void twoInstances() throws InterruptedException {
        try (TestServer other = TestServer.startOn(config, TestServer.CLOCK, null)) {
            String path = "/api/v1/units/kalmar.regionstaben.ekonomi";
            assertThat(other.get(path).statusCode()).isEqualTo(200);
            HttpResponse<String> r = write("PATCH", path, kalmar, etag(path), PATCH,
                    "{\"nameEn\": \"Psychiatry, written through the first\", \"_source\": \"kalmar-deck\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            Instant written = Instant.now();

            Duration seen = null;
            while (Duration.between(written, Instant.now()).toMillis() < 5000) {
                if (other.get(path).body().contains("Psychiatry, written through the first")) {
                    seen = Duration.between(written, Instant.now());
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(seen).as("seen through the other instance").isNotNull();
            assertThat(seen).isLessThanOrEqualTo(Duration.ofSeconds(2));
            // and the other instance's tag is the new version: a write through it is not refused as stale
            HttpResponse<String> there = other.send("PATCH", path,
                    "{\"nameEn\": \"Psychiatry\", \"_source\": \"kalmar-deck\"}", "Content-Type", PATCH,
                    "Authorization", "Bearer " + kalmar, "If-Match", other.get(path).headers().firstValue("ETag").orElseThrow());
            assertThat(there.statusCode()).as(there.body()).isEqualTo(200);
        }
    }
}
