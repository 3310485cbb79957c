package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server over PostgreSQL follows a load made by another process through the store's change
 * signal, as several servers over one database will (issue 11, item 5).
 */
class SharedPostgresStoreTest {

    static EmbeddedPostgres postgres;

    @TempDir
    Path logs;

    @TempDir
    Path data;

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
    @DisplayName("a load by another process shows in a serving process within seconds, without a restart")
    void loadShowsInTheServer() throws IOException {
        jvm = new ChildJvm(logs);
        String url = postgres.getJdbcUrl("postgres", "postgres") + "&password=postgres";
        ChildJvm.Server server = jvm.serve("--db", url);
        int port = jvm.port(server);
        String renamed = "Hälso- och sjukvården (PostgreSQL)";

        ChildJvm.Run tree = jvm.run("tree", "kalmar.hsf", "--depth", "1", "--db", url);
        ChildJvm.Run load = jvm.run("load", SharedStoreTest.renamedCopy(data, renamed).toString(), "--db", url);

        assertThat(tree.exitCode()).as(tree.err()).isZero();
        assertThat(tree.out()).contains("Länssjukhuset i Kalmar");
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("1 changed").doesNotContain("password=postgres");
        assertThat(jvm.pollUntil(port, "/api/v1/units/kalmar.hsf", body -> body.contains(renamed), Duration.ofSeconds(20)))
                .contains(renamed);
    }
}
