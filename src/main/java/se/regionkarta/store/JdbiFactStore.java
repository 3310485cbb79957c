package se.regionkarta.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import se.regionkarta.history.AuditEntry;
import se.regionkarta.history.Change;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.registry.model.ParentLink;

/** The SQL of the store; every statement is parameterised. */
final class JdbiFactStore {

    private static final String FACT_COLUMNS = "kind, id, region_id, valid_from, valid_until, doc, version, position, state, file";
    private static final String CHANGE_COLUMNS = "seq, at, actor, action, kind, id, region_id, source_id, comment, version, reverts";

    private final Handle handle;

    JdbiFactStore(Handle handle) {
        this.handle = handle;
    }

    /** Returns every stored fact, withdrawn ones too, by {@code kind:id}, kind by kind in the editors' order. */
    Map<String, FactRow> all() {
        Map<String, FactRow> out = new LinkedHashMap<>();
        handle.createQuery("select " + FACT_COLUMNS + " from fact order by kind, position, id")
                .map((rs, ctx) -> new FactRow(rs.getString("kind"), rs.getString("id"), rs.getString("region_id"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                        rs.getString("doc"), rs.getInt("version"), rs.getInt("position"), FactState.of(rs.getString("state")),
                        rs.getString("file")))
                .forEach(r -> out.put(r.key(), r));
        return out;
    }

    /** Returns the documents of every fact of the registry (not withdrawn), kind by kind in the editors' order. */
    List<Map.Entry<String, String>> documents() {
        return handle.createQuery("select kind, doc from fact where state <> 'withdrawn' order by kind, position")
                .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getString("doc"))).list();
    }

    /** Returns the file of every fact whose file is known, by {@code kind:id}. */
    Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        handle.createQuery("select kind, id, file from fact where file is not null and state <> 'withdrawn'")
                .map((rs, ctx) -> Map.entry(key(rs.getString("kind"), rs.getString("id")), rs.getString("file")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Counts every row, withdrawn ones too: a store whose facts were all withdrawn was still loaded once. */
    long count() {
        return handle.createQuery("select count(*) from fact").mapTo(Long.class).one();
    }

    /** Returns a fact's version, or 0 when the store never held it. */
    int version(String kind, String id) {
        return handle.createQuery("select version from fact where kind = :kind and id = :id").bind("kind", kind).bind("id", id)
                .mapTo(Integer.class).findOne().orElse(0);
    }

    void insert(List<FactRow> rows, OffsetDateTime at) {
        PreparedBatch batch = handle.prepareBatch("insert into fact (" + FACT_COLUMNS + ", changed_at) values (:kind, :id, "
                + ":region, :from, :until, :doc, :version, :position, :state, :file, :at)");
        for (FactRow r : rows) {
            bindRow(batch, r).bind("at", at).add();
        }
        execute(batch, "insert");
    }

    /**
     * Updates facts, each only if it still has the version it was read at; throws {@link ConcurrentChange}
     * when one has not, so that nothing is written over a change this writer did not see.
     */
    void update(Map<FactRow, Integer> rowsAndReadVersions, OffsetDateTime at) {
        PreparedBatch batch = handle.prepareBatch("update fact set region_id = :region, valid_from = :from, "
                + "valid_until = :until, doc = :doc, version = :version, position = :position, state = :state, file = :file, "
                + "changed_at = :at where kind = :kind and id = :id and version = :read");
        rowsAndReadVersions.forEach((r, read) -> bindRow(batch, r).bind("at", at).bind("read", read).add());
        execute(batch, "update");
    }

    /** Moves facts whose record did not change to another place in their kind's order or another file. */
    void reposition(List<FactRow> rows) {
        PreparedBatch batch = handle.prepareBatch("update fact set position = :position, file = :file where kind = :kind and id = :id");
        for (FactRow r : rows) {
            batch.bind("position", r.position()).bind("file", r.file()).bind("kind", r.kind()).bind("id", r.id()).add();
        }
        execute(batch, "reposition");
    }

    /** Replaces the source references of the given facts (none: for a withdrawn fact, which rests on nothing). */
    void replaceSources(Map<FactRow, List<SourceRef>> refs) {
        PreparedBatch clear = handle.prepareBatch("delete from fact_source where kind = :kind and id = :id");
        PreparedBatch insert = handle.prepareBatch("insert into fact_source (kind, id, ordinal, source_id, locator, basis) "
                + "values (:kind, :id, :ordinal, :source, :locator, :basis)");
        refs.forEach((row, list) -> {
            clear.bind("kind", row.kind()).bind("id", row.id()).add();
            for (int i = 0; i < list.size(); i++) {
                SourceRef ref = list.get(i);
                insert.bind("kind", row.kind()).bind("id", row.id()).bind("ordinal", i).bind("source", ref.sourceId())
                        .bind("locator", ref.locator()).bind("basis", ref.basis().name()).add();
            }
        });
        execute(clear, null);
        execute(insert, null);
    }

    /** Replaces the parent links of the given units. */
    void replaceParents(Map<String, List<ParentLink>> links) {
        PreparedBatch clear = handle.prepareBatch("delete from unit_parent where unit_id = :unit");
        PreparedBatch insert = handle.prepareBatch("insert into unit_parent (unit_id, ordinal, parent_id, valid_from, "
                + "valid_until) values (:unit, :ordinal, :parent, :from, :until)");
        links.forEach((unit, list) -> {
            clear.bind("unit", unit).add();
            for (int i = 0; i < list.size(); i++) {
                ParentLink link = list.get(i);
                insert.bind("unit", unit).bind("ordinal", i).bind("parent", link.parentId())
                        .bind("from", link.validity().from() == null ? null : link.validity().from().firstDay())
                        .bind("until", link.validity().until() == null ? null : link.validity().until().lastDay()).add();
            }
        });
        execute(clear, null);
        execute(insert, null);
    }

    /**
     * Makes this transaction the only writer of the store until it ends, and returns the sequence
     * number of the latest change. Every writer first locks the one row of {@code change_counter},
     * on every database, and numbers its changes from it: so writers commit one after another, a
     * reader that has seen change <i>n</i> has seen every change before it, and no number is skipped
     * (a rolled-back writer gives its numbers back). The row lock replaces decision 17's advisory
     * lock on PostgreSQL, and also serialises writers of an H2 file given by URL, which have no home
     * lock. PostgreSQL waits for a row lock as long as it takes; H2 is told to wait up to ten minutes,
     * long enough for a whole load.
     */
    long lockWriters(boolean postgres) {
        if (!postgres) {
            handle.execute("set lock_timeout 600000");
        }
        return handle.createQuery("select last_seq from change_counter where id = 1 for update").mapTo(Long.class).one();
    }

    /** Records the last sequence number given, in the locked row. */
    void counted(long lastSeq) {
        handle.createUpdate("update change_counter set last_seq = :seq where id = 1").bind("seq", lastSeq).execute();
    }

    /** One row of the change log. */
    record LogRow(long seq, String action, FactRow before, FactRow after, String actor, String sourceId, String comment,
            Long reverts) {
    }

    /** Appends changes to the change log with the sequence numbers they carry. */
    void logChanges(List<LogRow> changes, OffsetDateTime at) {
        PreparedBatch batch = handle.prepareBatch("insert into change_log (" + CHANGE_COLUMNS + ", before_doc, after_doc) "
                + "values (:seq, :at, :actor, :action, :kind, :id, :region, :source, :comment, :version, :reverts, "
                + ":before, :after)");
        for (LogRow c : changes) {
            FactRow any = c.after() != null ? c.after() : c.before();
            boolean withdrawn = c.action().equals(Action.WITHDRAW.column());
            boolean fromNothing = c.before() == null || c.before().state() == FactState.WITHDRAWN;
            batch.bind("seq", c.seq()).bind("at", at).bind("actor", c.actor()).bind("action", c.action())
                    .bind("kind", any.kind()).bind("id", any.id()).bind("region", any.regionId())
                    .bind("source", c.sourceId()).bind("comment", c.comment()).bind("version", any.version())
                    .bind("reverts", c.reverts())
                    .bind("before", fromNothing ? null : c.before().doc())
                    .bind("after", withdrawn ? null : c.after().doc()).add();
        }
        execute(batch, null);
    }

    void logLoad(OffsetDateTime at, String actor, String origin, Writes.Outcome o) {
        handle.createUpdate("insert into dataset_load (at, actor, origin, inserted, updated, deleted, closed, withdrawn, "
                        + "reopened) values (:at, :actor, :origin, :inserted, :updated, 0, :closed, :withdrawn, :reopened)")
                .bind("at", at).bind("actor", actor).bind("origin", origin).bind("inserted", o.count(Action.INSERT))
                .bind("updated", o.count(Action.UPDATE)).bind("closed", o.count(Action.CLOSE))
                .bind("withdrawn", o.count(Action.WITHDRAW)).bind("reopened", o.count(Action.REOPEN)).execute();
    }

    List<Change> changes(OffsetDateTime since, long afterSeq, int limit) {
        // two statements rather than "(:since is null or …)": PostgreSQL cannot type a null parameter
        var query = since == null
                ? handle.createQuery("select " + CHANGE_COLUMNS + " from change_log where seq > :after order by seq limit :limit")
                : handle.createQuery("select " + CHANGE_COLUMNS + " from change_log "
                        + "where seq > :after and at >= :since order by seq limit :limit").bind("since", since);
        return query.bind("after", afterSeq).bind("limit", limit).map((rs, ctx) -> change(rs)).list();
    }

    /** Returns the latest change of every fact still or once in the store. */
    List<Change> latestChanges() {
        return handle.createQuery("select c.seq, c.at, c.actor, c.action, c.kind, c.id, c.region_id, c.source_id, c.comment, "
                        + "c.version, c.reverts from change_log c "
                        + "join (select kind, id, max(seq) as seq from change_log group by kind, id) m on m.seq = c.seq")
                .map((rs, ctx) -> change(rs)).list();
    }

    /** Returns the latest changes of one fact, newest first, with its documents before and after. */
    List<AuditEntry> history(String kind, String id, int limit) {
        return handle.createQuery("select " + CHANGE_COLUMNS + ", before_doc, after_doc from change_log "
                        + "where kind = :kind and id = :id order by seq desc limit :limit")
                .bind("kind", kind).bind("id", id).bind("limit", limit).map((rs, ctx) -> audit(rs)).list();
    }

    /** Returns the latest changes of a region's facts, newest first. */
    List<AuditEntry> historyOfRegion(String regionId, int limit) {
        return handle.createQuery("select " + CHANGE_COLUMNS + ", before_doc, after_doc from change_log "
                        + "where region_id = :region order by seq desc limit :limit")
                .bind("region", regionId).bind("limit", limit).map((rs, ctx) -> audit(rs)).list();
    }

    /** Returns one change with its documents. */
    Optional<AuditEntry> change(long seq) {
        return handle.createQuery("select " + CHANGE_COLUMNS + ", before_doc, after_doc from change_log where seq = :seq")
                .bind("seq", seq).map((rs, ctx) -> audit(rs)).findOne();
    }

    /** Returns the sequence number of a fact's latest change, 0 for none. */
    long lastChangeOf(String kind, String id) {
        return handle.createQuery("select coalesce(max(seq), 0) from change_log where kind = :kind and id = :id")
                .bind("kind", kind).bind("id", id).mapTo(Long.class).one();
    }

    private static AuditEntry audit(ResultSet rs) throws SQLException {
        return new AuditEntry(change(rs), rs.getString("before_doc"), rs.getString("after_doc"));
    }

    private static Change change(ResultSet rs) throws SQLException {
        long reverts = rs.getLong("reverts");
        Long revert = rs.wasNull() ? null : reverts;
        int version = rs.getInt("version");
        Integer v = rs.wasNull() ? null : version;
        return new Change(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("action"), rs.getString("kind"), rs.getString("id"), rs.getString("region_id"),
                rs.getString("source_id"), rs.getString("comment"), v, revert);
    }

    /** Returns the sequence number of the latest change, 0 for none: the store's change signal. */
    long lastChange() {
        return handle.createQuery("select coalesce(max(seq), 0) from change_log").mapTo(Long.class).one();
    }

    long changeCount() {
        return handle.createQuery("select count(*) from change_log").mapTo(Long.class).one();
    }

    private static PreparedBatch bindRow(PreparedBatch batch, FactRow r) {
        return batch.bind("kind", r.kind()).bind("id", r.id()).bind("region", r.regionId()).bind("from", r.validFrom())
                .bind("until", r.validUntil()).bind("doc", r.doc()).bind("version", r.version())
                .bind("position", r.position()).bind("state", r.state().column()).bind("file", r.file());
    }

    /**
     * Runs a batch; where {@code what} is named, every statement must have touched exactly one row,
     * or another writer got in between, and {@link ConcurrentChange} undoes the whole transaction.
     */
    private static void execute(PreparedBatch batch, String what) {
        if (batch.size() == 0) {
            return;
        }
        int[] counts;
        try {
            counts = batch.execute();
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
            if (what != null && isUniqueViolation(e)) {
                throw new ConcurrentChange("a fact to " + what + " was written by another writer meanwhile", e);
            }
            throw e;
        }
        if (what != null) {
            for (int count : counts) {
                if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
                    throw new ConcurrentChange("a fact to " + what + " was changed by another writer meanwhile", null);
                }
            }
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static String key(String kind, String id) {
        return kind + ":" + id;
    }
}
