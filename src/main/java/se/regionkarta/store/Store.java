package se.regionkarta.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.json.Json;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;

/**
 * The registry's store of record: an H2 file database or PostgreSQL, its schema kept by Flyway.
 * Writes go through {@link #sync}, which applies only what differs, in one transaction, and logs
 * each change; reads return the whole {@link Dataset}, from which a snapshot is built.
 *
 * <p>Every write to the embedded store in a home directory holds the {@link HomeLock}, so that
 * writers in different processes commit one after another, as the change signal needs
 * (docs/decisions/0017-shared-embedded-store-and-change-signal.md). That store also keeps a copy of
 * its contents beside it, the {@link SnapshotFile}, for read commands that need not start the
 * database: a write holds the lock from before it deletes the file until after it has written the
 * new one, so that no reader ever trusts a file older than the store
 * (docs/decisions/0020-snapshot-file-for-read-commands.md).
 */
public final class Store implements AutoCloseable, se.regionkarta.history.ChangeLog {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final ObjectMapper json = Json.mapper();
    private final Clock clock;
    private final boolean postgres;
    /** The lock and the snapshot file of an embedded store in a home directory; null for a store given by URL. */
    private final HomeLock homeLock;
    private final SnapshotFile snapshotFile;

    private Store(HikariDataSource dataSource, Clock clock, StoreConfig config) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.clock = clock;
        this.postgres = config.jdbcUrl().startsWith("jdbc:postgresql:");
        this.snapshotFile = config.home() == null ? null : SnapshotFile.in(config.home());
        this.homeLock = config.home() == null ? null : new HomeLock(config.home());
    }

    /**
     * Connects to the store and brings its schema up to date.
     *
     * @param clock stamps the changes written
     */
    public static Store open(StoreConfig config, Clock clock) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(4);
        hikari.setPoolName("regionkarta");
        HikariDataSource dataSource = new HikariDataSource(hikari);
        try {
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
            refuseNewerSchema(flyway, config);
            flyway.migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Store(dataSource, clock, config);
    }

    /**
     * Refuses a store whose schema a later version of regionkarta has moved on: migrating it would
     * fail with Flyway's words, and reading it could misread what this version does not know.
     */
    private static void refuseNewerSchema(Flyway flyway, StoreConfig config) {
        MigrationInfo[] future = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            MigrationInfo known = flyway.info().current();
            throw new IllegalStateException("it was made by a newer version of regionkarta (its schema is at version "
                    + future[future.length - 1].getVersion() + "; this version knows up to "
                    + Arrays.stream(flyway.info().all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED).map(MigrationInfo::getVersion)
                            .reduce((a, b) -> b).map(Object::toString).orElse(known == null ? "none" : known.getVersion().toString())
                    + "); use that version, or another store");
        }
    }

    /** Tells whether no data set was ever loaded. */
    public boolean isEmpty() {
        return jdbi.withHandle(h -> new JdbiFactStore(h).count()) == 0;
    }

    @Override
    public List<se.regionkarta.history.Change> changes(OffsetDateTime since, long afterSeq, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return jdbi.withHandle(h -> new JdbiFactStore(h).changes(since, afterSeq, limit));
    }

    @Override
    public Map<String, se.regionkarta.history.Change> latestByFact() {
        Map<String, se.regionkarta.history.Change> out = new LinkedHashMap<>();
        jdbi.withHandle(h -> new JdbiFactStore(h).latestChanges()).forEach(c -> out.put(c.kind() + ":" + c.id(), c));
        return out;
    }

    /**
     * Returns the store's change signal: the sequence number of its latest change (0 when none). It
     * grows with every write that changes a fact, on every database, so a reader that polls it knows
     * when to read the store again ({@link StoreWatcher}).
     */
    public long generation() {
        return jdbi.withHandle(h -> new JdbiFactStore(h).lastChange());
    }

    /** Reads everything read commands need: the facts and who recorded each, with the signal read first. */
    public StoreContents contents() {
        long generation = generation();
        return new StoreContents(generation, read(), latestByFact());
    }

    /**
     * Reads the store as {@link #contents()} does; an embedded store in a home directory answers from
     * its snapshot file where another process has just written it, and otherwise writes it, so that
     * the next command need not open the database. Both happen under the home lock, so no write can
     * slip in between reading the store and writing the file.
     */
    public StoreContents readAndKeep() {
        if (snapshotFile == null) {
            return contents();
        }
        try {
            return homeLock.exclusively(() -> snapshotFile.read().orElseGet(() -> {
                StoreContents contents = contents();
                keep(contents);
                return contents;
            }));
        } catch (UncheckedIOException e) {
            // the lock cannot be had (a read-only home): read the store, keep nothing
            return contents();
        }
    }

    /** Writes the snapshot file; a failure only costs the next command a slower start, so it is not one. */
    private void keep(StoreContents contents) {
        try {
            snapshotFile.write(contents);
        } catch (IOException | RuntimeException e) {
            try {
                snapshotFile.delete();
            } catch (IOException ignored) {
                // nothing was written, or it stays unreadable: either way readers read the store
            }
        }
    }

    /** Returns the number of changes ever logged. */
    public long changeCount() {
        return jdbi.withHandle(h -> new JdbiFactStore(h).changeCount());
    }

    /**
     * Makes the store hold exactly the given dataset: adds, changes and removes facts so that it
     * does, all in one transaction, and logs each change. Facts that are already as given are not
     * touched, so loading the same dataset twice changes nothing.
     *
     * @param actor who loads, for the change log
     * @param origin where the dataset comes from, for the load log
     */
    public SyncReport sync(Dataset dataset, String actor, String origin) {
        if (snapshotFile == null) {
            return syncInTransaction(dataset, actor, origin);
        }
        return homeLock.exclusively(() -> {
            try {
                snapshotFile.delete();
            } catch (IOException e) {
                // a file that cannot be removed would outlive the change: refuse to write
                throw new UncheckedIOException("cannot remove " + snapshotFile.path() + ": " + e.getMessage(), e);
            }
            SyncReport report = syncInTransaction(dataset, actor, origin);
            try {
                // the store now holds exactly the dataset, kind by kind in its order (what read() would
                // return, parsed back from JSON at twice the cost of the whole load); only the log is read
                keep(new StoreContents(generation(), dataset, latestByFact()));
            } catch (RuntimeException e) {
                // the load is committed; without a file the next read command reads the store
            }
            return report;
        });
    }

    private SyncReport syncInTransaction(Dataset dataset, String actor, String origin) {
        FactRegions regions = new FactRegions(dataset);
        OffsetDateTime at = OffsetDateTime.now(clock);
        return jdbi.inTransaction(handle -> {
            JdbiFactStore sql = new JdbiFactStore(handle);
            if (postgres) {
                sql.serializeWritersOnPostgres();
            }
            Map<String, FactRow> existing = sql.all();
            List<FactRow> inserts = new ArrayList<>();
            List<FactRow> updates = new ArrayList<>();
            List<FactRow> moves = new ArrayList<>();
            List<JdbiFactStore.Change> changes = new ArrayList<>();
            Map<FactRow, List<SourceRef>> sources = new LinkedHashMap<>();
            Map<String, List<ParentLink>> parents = new LinkedHashMap<>();
            int unchanged = 0;
            for (FactKind kind : FactKind.values()) {
                List<? extends Identified> facts = dataset.all(kind);
                for (int position = 0; position < facts.size(); position++) {
                    Identified fact = facts.get(position);
                    FactRow old = existing.remove(JdbiFactStore.key(kind.section(), fact.id()));
                    FactRow row = row(kind, fact, regions.of(fact), old == null ? 1 : old.version() + 1, position);
                    if (old != null && old.doc().equals(row.doc())) {
                        unchanged++;
                        if (old.position() != position) {
                            moves.add(row);
                        }
                        continue;
                    }
                    (old == null ? inserts : updates).add(row);
                    changes.add(new JdbiFactStore.Change(old == null ? "insert" : "update", old, row));
                    if (fact instanceof Fact f) {
                        sources.put(row, f.sources());
                    }
                    if (fact instanceof Unit u) {
                        parents.put(u.id(), u.parents());
                    }
                }
            }
            List<FactRow> deletes = new ArrayList<>(existing.values());
            deletes.forEach(old -> changes.add(new JdbiFactStore.Change("delete", old, null)));
            sql.insert(inserts, at);
            sql.update(updates, at);
            sql.reposition(moves);
            sql.delete(deletes);
            sql.replaceSources(sources);
            sql.replaceParents(parents);
            sql.logChanges(changes, at, actor);
            SyncReport report = new SyncReport(inserts.size(), updates.size(), deletes.size(), unchanged);
            if (report.changedAnything()) {
                sql.logLoad(at, actor, origin, report);
            }
            return report;
        });
    }

    /** Reads every fact back into a dataset, each kind in the order it was loaded. */
    public Dataset read() {
        List<Map.Entry<String, String>> documents = jdbi.withHandle(h -> new JdbiFactStore(h).documents());
        Dataset.Builder builder = new Dataset.Builder();
        for (Map.Entry<String, String> doc : documents) {
            FactKind kind = FactKind.named(doc.getKey())
                    .orElseThrow(() -> new IllegalStateException("the store holds an unknown kind of fact: " + doc.getKey()));
            addParsed(builder, kind, doc.getValue());
        }
        return builder.build();
    }

    private void addParsed(Dataset.Builder builder, FactKind kind, String doc) {
        try {
            builder.add(json.readValue(doc, kind.type()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + kind + " document cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private FactRow row(FactKind kind, Identified fact, String regionId, int version, int position) {
        Validity validity = fact instanceof Dated d ? d.validity() : Validity.ALWAYS;
        LocalDate from = validity.from() == null ? null : validity.from().firstDay();
        LocalDate until = validity.until() == null ? null : validity.until().lastDay();
        try {
            return new FactRow(kind.section(), fact.id(), regionId, from, until, json.writeValueAsString(fact), version, position);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + kind + " '" + fact.id() + "' as JSON", e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    // STUB-FOR-COMPILE
    public Written write(java.util.List<Edit> edits, Why why) { return null; }
    public int version(se.regionkarta.dataset.model.FactKind kind, String id) { return 0; }
    public Written revert(long seq, String actor, String comment) { return null; }
    public List<se.regionkarta.history.AuditEntry> audit(se.regionkarta.dataset.model.FactKind kind, String id, int limit) { return null; }
    public List<se.regionkarta.history.AuditEntry> auditOfRegion(String regionId, int limit) { return null; }
}
