package se.regionkarta.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import se.regionkarta.SectionReaders;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.SharedPostgres;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.export.JsonExport;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;

/**
 * Issue 13, item 3, backup and restore as docs/reliability.md describes them: a store that has
 * had edits over HTTP is backed up while it is open, restored into an empty store, and the
 * restored store exports the same bytes and holds the same change log and audit. H2: the online
 * {@code BACKUP TO} (a consistent copy of the database file in a zip). PostgreSQL: pg_dump is the
 * documented way, but the embedded PostgreSQL of the tests has no pg_dump (and the system's is of
 * an older major version), so the test copies every table with {@code COPY … TO STDOUT} and
 * {@code COPY … FROM STDIN}, in one repeatable-read transaction, which is what pg_dump does too.
 */
class BackupRestoreTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("H2: BACKUP TO of an edited, open store, unzipped into an empty home, gives the same export, log and audit")
    void embedded() throws Exception {
        StoreConfig original = StoreConfig.embedded(dir.resolve("original"));
        Path zip = dir.resolve("backup.zip");
        Map<String, Object> before;
        try (TestServer server = edited(original)) {
            before = state(server.store());
            server.store().jdbi().useHandle(h -> h.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'"));
        }
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.copy(in, restored.resolve(Path.of(e.getName()).getFileName().toString()));
            }
        }
        try (Store store = Store.open(StoreConfig.embedded(restored), TestServer.CLOCK)) {
            assertThat(state(store)).isEqualTo(before);
        }
        Figures.record("backup-h2", Map.of("method", "BACKUP TO (online)", "exportBytes", ((String) before.get("export")).length(),
                "changes", ((List<?>) before.get("changes")).size(), "identical", true));
    }

    @Test
    @DisplayName("PostgreSQL: every table copied out and into an empty database gives the same export, log and audit")
    void postgres() throws Exception {
        StoreConfig original = SharedPostgres.freshDatabase();
        StoreConfig empty = SharedPostgres.freshDatabase();
        Map<String, Object> before;
        Map<String, byte[]> tables = new LinkedHashMap<>();
        try (TestServer server = edited(original)) {
            before = state(server.store());
            try (Connection c = connect(original)) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables(c)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
                    tables.put(table, out.toByteArray());
                }
                c.commit();
            }
        }
        try (Store store = Store.open(empty, TestServer.CLOCK)) {
            // the schema, by Flyway, as a new store gets it; then the rows
            assertThat(store.isEmpty()).isTrue();
        }
        try (Connection c = connect(empty); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set session_replication_role = replica"); // the rows come whole: no foreign key is checked midway
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, byte[]> t : tables.entrySet()) {
                s.execute("delete from " + t.getKey());
                try (InputStream in = new ByteArrayInputStream(t.getValue())) {
                    copy.copyIn("COPY " + t.getKey() + " FROM STDIN (FORMAT binary)", in);
                }
            }
            // identity columns go on from the restored rows
            List<String[]> identities = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns "
                    + "where table_schema = 'public' and is_identity = 'YES'")) {
                while (rs.next()) {
                    identities.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] id : identities) {
                s.execute("select setval(pg_get_serial_sequence('" + id[0] + "', '" + id[1] + "'), coalesce((select max(" + id[1]
                        + ") from " + id[0] + "), 0) + 1, false)");
            }
            c.commit();
        }
        try (Store store = Store.open(empty, TestServer.CLOCK)) {
            assertThat(state(store)).isEqualTo(before);
        }
        Figures.record("backup-postgresql", Map.of("method", "COPY of every table (pg_dump not available here)", "tables", tables.size(),
                "changes", ((List<?>) before.get("changes")).size(), "identical", true));
    }

    /** A server over the store with the bundled data and three edits over HTTP by an editor. */
    private static TestServer edited(StoreConfig config) {
        TestServer server = TestServer.startOn(config, TestServer.CLOCK, null);
        Accounts accounts = Accounts.in(server.store().jdbi(), TestServer.CLOCK);
        var account = accounts.add("kalmar-redaktor", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), "ett tillräckligt långt lösenord")
                .orElseThrow();
        String token = accounts.createToken(account).token();
        for (String name : List.of("Stensö vårdcentral", "Stensö hälsocentral (säkerhetskopierad)", "Stensö hälsocentral ✓")) {
            String path = "/api/v1/units/kalmar.hc.stenso";
            HttpResponse<String> r = server.send("PATCH", path, "{\"name\": \"" + name + "\", \"_source\": \"kalmar-deck\"}",
                    "Content-Type", "application/merge-patch+json", "Authorization", "Bearer " + token,
                    "If-Match", server.get(path).headers().firstValue("ETag").orElseThrow());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        return server;
    }

    /** What must survive: the JSON export, the change log, the audit of the edited fact, the data files' placement. */
    private static Map<String, Object> state(Store store) {
        Map<String, Object> out = new LinkedHashMap<>();
        StringWriter export = new StringWriter();
        try {
            new JsonExport().write(new Snapshot(store.read()), export);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.put("export", export.toString());
        out.put("changes", store.changes(null, 0, Integer.MAX_VALUE));
        out.put("generation", store.generation());
        out.put("audit", store.audit(FactKind.UNIT, "kalmar.hc.stenso", 1000));
        out.put("files", store.dataFiles());
        assertThat(store.audit(FactKind.UNIT, "kalmar.hc.stenso", 1000)).hasSize(4);
        return out;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Connection connect(StoreConfig config) throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
    }
}
