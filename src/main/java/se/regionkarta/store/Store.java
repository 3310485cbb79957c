package se.regionkarta.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import se.regionkarta.dataset.DataFileWriter;
import se.regionkarta.dataset.DatasetLoader;
import se.regionkarta.dataset.FactCheck;
import se.regionkarta.history.AuditEntry;
import se.regionkarta.input.BadInput;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.json.Json;
import se.regionkarta.provenance.model.Identified;

/**
 * The registry's store of record: an H2 file database or PostgreSQL, its schema kept by Flyway.
 * Every write, a load ({@link #load}) or edits ({@link #write}), runs in one transaction under the
 * writers' lock, applies only what differs, checks the version of each fact it changes, ends facts
 * rather than erasing them, and logs each change gap-free in commit order ({@link Writes}, decision
 * 21); reads return the whole {@link Dataset}, from which a snapshot is built.
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
    private final Writes writes;
    private final StoreConfig config;
    /** The data files' rules that edits are checked by; null for a store opened only to load and read. */
    private final FactCheck rules;

    private Store(HikariDataSource dataSource, Clock clock, StoreConfig config, FactCheck rules) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.rules = rules;
        this.clock = clock;
        this.postgres = config.jdbcUrl().startsWith("jdbc:postgresql:");
        this.snapshotFile = config.home() == null ? null : SnapshotFile.in(config.home());
        this.homeLock = config.home() == null ? null : new HomeLock(config.home());
        this.writes = new Writes(jdbi, postgres, json);
        this.config = config;
    }

    /** Connects to the store for loads and reads, not edits ({@link #open(StoreConfig, Clock, DatasetLoader)}). */
    public static Store open(StoreConfig config, Clock clock) {
        return open(config, clock, null);
    }

    /**
     * Connects to the store and brings its schema up to date.
     *
     * @param clock stamps the changes written
     * @param loader reads data files with every feature's reader; edits are checked as its entries
     *     ({@link FactCheck}); null: the store takes no edits
     */
    public static Store open(StoreConfig config, Clock clock, DatasetLoader loader) {
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
        return new Store(dataSource, clock, config, loader == null ? null : new FactCheck(loader));
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
        return jdbi.withHandle(h -> latestByFact(new JdbiFactStore(h)));
    }

    private static Map<String, se.regionkarta.history.Change> latestByFact(JdbiFactStore facts) {
        Map<String, se.regionkarta.history.Change> out = new LinkedHashMap<>();
        facts.latestChanges().forEach(c -> out.put(c.kind() + ":" + c.id(), c));
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

    /** How often {@link #contents()} reads again when a write slipped in, before it holds writers off instead. */
    private static final int CONSISTENT_READS = 5;

    /**
     * Reads everything read commands need: the facts, who recorded each and each fact's version, and
     * the signal, all as of one moment. The facts and the versions are read by separate queries; a
     * write that commits between them would pair a fact's older record with its newer version, and
     * a writer that sent that version in If-Match would then have its change taken as "no change"
     * and answered 200 without being written (a lost update, found by the reliability suite). So the
     * signal is read before and after, and the read is repeated when it moved; when writers keep
     * overtaking it, it is read once more while holding the writers' lock.
     */
    public StoreContents contents() {
        for (int i = 0; i < CONSISTENT_READS; i++) {
            long generation = generation();
            Dataset dataset = read();
            Map<String, se.regionkarta.history.Change> recorded = latestByFact();
            if (generation() == generation) {
                return new StoreContents(generation, dataset, recorded);
            }
        }
        return jdbi.inTransaction(h -> {
            JdbiFactStore facts = new JdbiFactStore(h);
            facts.lockWriters(postgres);
            return new StoreContents(facts.lastChange(), read(facts), latestByFact(facts));
        });
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

    /** Asks the database a trivial question; throws when it cannot be reached ({@code GET /ready}). */
    public void ping() {
        jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
    }

    /** Returns the number of changes ever logged. */
    public long changeCount() {
        return jdbi.withHandle(h -> new JdbiFactStore(h).changeCount());
    }

    /**
     * Loads a data set whose facts' files are unknown ({@link #load}, one file per kind), ending
     * no more than a load may without being told to.
     */
    public SyncReport sync(Dataset dataset, String actor, String origin) {
        return load(dataset, fact -> null, actor, origin, false);
    }

    /**
     * Makes the store hold the given data set: adds and changes facts so that it does, and ends
     * (closes or withdraws, never erases) the facts it no longer holds, all in one transaction under
     * the writers' lock, logging each change. Facts already stored as given are not touched, so
     * loading the same data set twice changes nothing.
     *
     * @param fileOf the data file each fact was read from (null: unknown), kept for {@link #dataFiles()}
     * @param actor who loads, for the change log
     * @param origin where the data set comes from, for the load log and the reason of each closing
     * @param allowClosing end facts even when more than {@link LoadPlan#limit} of them
     * @throws ClosingRefused when it would end more facts than that and {@code allowClosing} is false
     */
    public SyncReport load(Dataset dataset, Function<Identified, String> fileOf, String actor, String origin,
            boolean allowClosing) {
        LoadPlan plan = new LoadPlan(dataset, fileOf, origin, json);
        Writes.Check check = outcome -> {
            int ending = outcome.count(Action.CLOSE) + outcome.count(Action.WITHDRAW);
            int registry = outcome.current().registry().size();
            if (!allowClosing && ending > LoadPlan.limit(registry)) {
                throw new ClosingRefused(ending, registry, LoadPlan.limit(registry), outcome.steps().stream()
                        .filter(st -> st.action() == Action.CLOSE || st.action() == Action.WITHDRAW).limit(3)
                        .map(st -> st.before().kind() + " '" + st.before().id() + "'").toList());
            }
        };
        Writes.Done done = exclusively(() -> writes.run(plan, check, new Writes.Stamp(actor, null, null, origin),
                OffsetDateTime.now(clock)));
        Writes.Outcome o = done.outcome();
        return new SyncReport(o.count(Action.INSERT), o.count(Action.UPDATE), o.count(Action.CLOSE),
                o.count(Action.WITHDRAW), o.count(Action.REOPEN), o.unchanged(), plan.kept());
    }

    /**
     * Writes the edits in one transaction, all or nothing, under the writers' lock: each edit's
     * expected version is checked, then the registry the edits would give, with the data files'
     * rules (decision 21).
     *
     * @return the sequence numbers of the changes, and the change signal after them
     * @throws StaleWrite when a fact is not at the version an edit expected; nothing is written
     * @throws BadInput with every problem when the registry would break a rule; nothing is written
     */
    public Written write(List<Edit> edits, Why why) throws StaleWrite, BadInput {
        return write(edits, List.of(), why);
    }

    private Written write(List<Edit> edits, List<Edit> withdrawals, Why why) {
        if (rules == null) {
            throw new IllegalStateException("this store was opened without the data files' rules; it cannot take edits");
        }
        EditPlan plan = new EditPlan(edits, withdrawals, why, rules, json);
        Writes.Done done = exclusively(() -> writes.run(plan, plan, new Writes.Stamp(why.actor(), why.sourceId(),
                why.reverts(), null), OffsetDateTime.now(clock)));
        // the write's own last number, not a later writer's: the signal a follower must reach to see it
        return new Written(done.seqs(), done.seqs().isEmpty() ? generation() : done.seqs().get(done.seqs().size() - 1));
    }

    /** Returns the stored version of a fact (withdrawn ones too), 0 when the store never held it. */
    public int version(FactKind kind, String id) {
        return jdbi.withHandle(h -> new JdbiFactStore(h).version(kind.section(), id));
    }

    /**
     * Reverts one change by writing the fact as it was before it: a new change, which records the
     * number of the one it reverts. A change that brought the fact into the registry is reverted by
     * withdrawing it. Later changes to the fact are overwritten too; the audit shows them.
     *
     * @throws BadInput when no change has the number, or the registry would break a rule
     * @throws StaleWrite when the fact changed between reading it and writing; try again
     */
    public Written revert(long seq, String actor, String comment) {
        AuditEntry entry = jdbi.withHandle(h -> new JdbiFactStore(h).change(seq))
                .orElseThrow(() -> BadInput.field("reverts", "no change has the number " + seq));
        FactKind kind = FactKind.named(entry.change().kind())
                .orElseThrow(() -> new IllegalStateException("the log names an unknown kind: " + entry.change().kind()));
        String id = entry.change().id();
        int version = version(kind, id);
        Why why = new Why(actor, null, comment, seq);
        if (entry.before() == null) {
            return write(List.of(), List.of(Edit.close(kind, id, version, LocalDate.now(clock))), why);
        }
        return write(List.of(Edit.put(parse(kind, entry.before()), version)), List.of(), why);
    }

    /** Returns the audit of one fact, newest first: each change with the fact before and after it. */
    @Override
    public List<AuditEntry> audit(FactKind kind, String id, int limit) {
        return jdbi.withHandle(h -> new JdbiFactStore(h).history(kind.section(), id, limit));
    }

    /** Returns the audit of the facts of a region (those {@link FactRegions} gives it), newest first. */
    @Override
    public List<AuditEntry> auditOfRegion(String regionId, int limit) {
        return jdbi.withHandle(h -> new JdbiFactStore(h).historyOfRegion(regionId, limit));
    }

    /**
     * Returns the registry as data files, by path relative to a data directory: each fact in the file
     * it was loaded from, a fact of unknown file in one file per kind (docs/data-format.md). Loading
     * them into an empty store gives the same registry.
     */
    public Map<String, String> dataFiles() {
        Map<String, String> files = jdbi.withHandle(h -> new JdbiFactStore(h).files());
        return DataFileWriter.write(read(), f -> files.getOrDefault(JdbiFactStore.key(FactKind.of(f).section(), f.id()),
                DataFileWriter.flatFile(f)));
    }

    /**
     * Runs a write; on the embedded store in a home directory under the home lock, deleting the
     * snapshot file before and writing it anew after, so that no reader trusts a file older than
     * the store (decision 20).
     */
    private Writes.Done exclusively(Supplier<Writes.Done> write) {
        if (snapshotFile == null) {
            return write.get();
        }
        return homeLock.exclusively(() -> {
            try {
                snapshotFile.delete();
            } catch (IOException e) {
                // a file that cannot be removed would outlive the change: refuse to write
                throw new UncheckedIOException("cannot remove " + snapshotFile.path() + ": " + e.getMessage(), e);
            }
            Writes.Done done = write.get();
            try {
                // the store now holds exactly the outcome's registry in its order (what read() would return,
                // parsed back from JSON at twice the cost of the whole load); only the log is read
                keep(new StoreContents(generation(), done.outcome().dataset(), latestByFact()));
            } catch (RuntimeException e) {
                // the write is committed; without a file the next read command reads the store
            }
            return done;
        });
    }

    /** Reads every fact back into a dataset, each kind in the order it was loaded. */
    public Dataset read() {
        return jdbi.withHandle(h -> read(new JdbiFactStore(h)));
    }

    private Dataset read(JdbiFactStore facts) {
        List<Map.Entry<String, String>> documents = facts.documents();
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

    private Identified parse(FactKind kind, String doc) {
        try {
            return json.readValue(doc, kind.type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a logged " + kind + " document cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Returns the store's database, for a feature that keeps its own tables in it through its own
     * package-private SQL (the accounts and sessions of {@code se.regionkarta.access}).
     */
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * Closes the store, and compacts the embedded store's file when this process is the only one
     * connected to it (docs/operations.md "Compaction"): H2's {@code SHUTDOWN COMPACT} rewrites the
     * file without the space old versions of its pages took, which H2 otherwise keeps. Another process
     * that holds the file (a running {@code serve}, which this process then reaches through H2's
     * automatic mixed mode) or is connected to it makes compaction impossible: the store is then only
     * closed. Runs under the home lock, so that no writer of another process starts meanwhile.
     */
    public Compaction closeCompacting() {
        if (homeLock == null) {
            close();
            return Compaction.NOT_EMBEDDED_STORE;
        }
        return homeLock.exclusively(() -> {
            close();
            Path file = config.home().resolve("regionkarta.mv.db");
            try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())) {
                if (!(c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal)) {
                    return Compaction.IN_USE;
                }
                int sessions;
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("select count(*) from information_schema.sessions")) {
                    rs.next();
                    sessions = rs.getInt(1);
                }
                if (sessions > 1) {
                    return Compaction.IN_USE;
                }
                long before = Files.size(file);
                // compaction writes a new database file; a fresh snapshot file is made to name it, not the old one
                java.util.Optional<StoreContents> kept = snapshotFile.read();
                try (Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN COMPACT");
                }
                if (kept.isPresent()) {
                    keep(kept.get());
                }
                return Compaction.compacted(before, Files.size(file));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("the store could not be compacted: " + e.getMessage(), e);
            }
        });
    }

    /**
     * What {@link #closeCompacting()} did; {@code before} and {@code after} are the file's sizes in bytes.
     *
     * @param done whether the file was compacted
     */
    public record Compaction(boolean done, String reason, long before, long after) {
        /** The store is not an embedded store in a home directory: nothing to compact. */
        public static final Compaction NOT_EMBEDDED_STORE = new Compaction(false, "not an embedded store", 0, 0);
        /** Another process is connected. */
        public static final Compaction IN_USE = new Compaction(false,
                "another process is connected to it (a running serve?); the next load or serve start that has it alone compacts it", 0, 0);

        static Compaction compacted(long before, long after) {
            return new Compaction(true, "compacted", before, after);
        }
    }

}
