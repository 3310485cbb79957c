package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;

/**
 * Issue 12, item 7: two {@code serve} processes over one PostgreSQL database, as behind a load
 * balancer. A write through one is read through the other within 2 s, and the other's ETag is
 * then the new version, so a write through it is not refused as stale.
 */
class TwoServeProcessesTest {

    static EmbeddedPostgres postgres;

    @TempDir
    Path logs;

    ChildJvm jvm;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @AfterEach
    void stop() {
        if (jvm != null) {
            jvm.close();
        }
    }

    @Test
    @DisplayName("a PATCH through one serve process is read through the other within 2 s")
    void writeThroughOneReadThroughTheOther() throws Exception {
        jvm = new ChildJvm(logs);
        String url = postgres.getJdbcUrl("postgres", "postgres") + "&password=postgres";
        ChildJvm.Server first = jvm.serve("--db", url);
        int one = jvm.port(first);
        ChildJvm.Server second = jvm.serve("--db", url);
        int two = jvm.port(second);
        Accounts accounts = Accounts.in(Jdbi.create(postgres.getPostgresDatabase()), Clock.systemUTC());
        var account = accounts.add("kalmar-redaktor", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), "ett långt lösenord här")
                .orElseThrow();
        String token = accounts.createToken(account).token();
        String name = "Hälso- och sjukvården (skrivet genom den första)";

        HttpClient client = HttpClient.newHttpClient();
        String path = "/api/v1/units/kalmar.hsf";
        // both are serving, as instances behind a balancer are: not a cold first request after the write
        for (int i = 0; i < 20; i++) {
            jvm.get(one, path);
            jvm.get(two, path);
        }
        String tag = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + one + path)).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> written = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + one + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"_source\": \"kalmar-deck\"}"))
                .header("Content-Type", "application/merge-patch+json").header("Authorization", "Bearer " + token)
                .header("If-Match", tag).build(), HttpResponse.BodyHandlers.ofString());
        long writtenAt = System.nanoTime();

        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        String seen = jvm.pollUntil(two, path, body -> body.contains(name), Duration.ofSeconds(10));
        Duration after = Duration.ofNanos(System.nanoTime() - writtenAt);
        assertThat(seen).contains(name);
        String rebuilt = jvm.awaitPrinted(second, l -> l.contains("now serving it"), Duration.ofSeconds(5));
        System.out.println("seen through the second process after " + after.toMillis() + " ms; " + rebuilt);
        assertThat(after).as("seen through the second process after %s ms (%s)", after.toMillis(), rebuilt)
                .isLessThanOrEqualTo(Duration.ofSeconds(2));

        String newTag = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + two + path)).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> there = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + two + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"nameEn\": \"Health care\", \"_source\": \"kalmar-deck\"}"))
                .header("Content-Type", "application/merge-patch+json").header("Authorization", "Bearer " + token)
                .header("If-Match", newTag).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stale = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + one + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"nameEn\": \"Lost\", \"_source\": \"kalmar-deck\"}"))
                .header("Content-Type", "application/merge-patch+json").header("Authorization", "Bearer " + token)
                .header("If-Match", newTag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(there.statusCode()).as(there.body()).isEqualTo(200);
        assertThat(stale.statusCode()).as("the first process refuses the version the second has moved past").isEqualTo(412);
        assertThat(first.alive()).isTrue();
        assertThat(second.alive()).isTrue();
    }
}
