package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a real PostgreSQL server given with --db. */
class PostgresCommandLineTest {

    static EmbeddedPostgres server;

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    @DisplayName("load into PostgreSQL, then read the tree and the seats back from it; the password never shows")
    void loadAndReadOnPostgres() {
        String url = server.getJdbcUrl("postgres", "postgres") + "&password=postgres";
        Cli cli = new Cli(home);

        Cli.Run load = cli.run("load", "--db", url);
        Cli.Run again = cli.run("load", "--db", url);
        Cli.Run tree = cli.run("tree", "Region Kalmar län", "--db", url);
        Cli.Run bodies = cli.run("bodies", "kalmar", "--as-of", "2025-06-01", "--db", url);

        assertThat(load.exitCode()).isZero();
        assertThat(load.out()).contains("jdbc:postgresql:").doesNotContain("password=postgres");
        assertThat(again.out()).contains("0 added, 0 changed, 0 closed, 0 withdrawn");
        assertThat(tree.out()).contains("Länssjukhuset i Kalmar", "Regiondirektörens stab");
        assertThat(bodies.out()).contains("S 24, M 12, SD 12, KD 8, C 6, V 5 = 67");
    }

    @Test
    @DisplayName("an unreachable database is reported in one line with exit code 4")
    void unreachable() {
        Cli.Run run = new Cli(home).run("load", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=x&password=secret");

        assertThat(run.exitCode()).isEqualTo(ExitCode.STORE_FAILURE);
        assertThat(run.err()).contains("cannot open the store").doesNotContain("secret");
    }
}
