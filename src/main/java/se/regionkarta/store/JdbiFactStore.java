package se.regionkarta.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.registry.model.ParentLink;

/** The SQL of the store; every statement is parameterised. */
final class JdbiFactStore {

    private final Handle handle;

    JdbiFactStore(Handle handle) {
        this.handle = handle;
    }

    Map<String, FactRow> all() {
        return handle.createQuery("select kind, id, region_id, valid_from, valid_until, doc, version, position from fact")
                .map((rs, ctx) -> new FactRow(rs.getString("kind"), rs.getString("id"), rs.getString("region_id"),
                        rs.getObject("valid_from", java.time.LocalDate.class),
                        rs.getObject("valid_until", java.time.LocalDate.class), rs.getString("doc"), rs.getInt("version"),
                        rs.getInt("position")))
                .stream().collect(Collectors.toMap(r -> key(r.kind(), r.id()), r -> r));
    }

    /** Returns the documents of every fact, kind by kind in the editors' order. */
    List<Map.Entry<String, String>> documents() {
        return handle.createQuery("select kind, doc from fact order by kind, position")
                .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getString("doc"))).list();
    }

    long count() {
        return handle.createQuery("select count(*) from fact").mapTo(Long.class).one();
    }

    void insert(List<FactRow> rows, OffsetDateTime at) {
        PreparedBatch batch = handle.prepareBatch("insert into fact (kind, id, region_id, valid_from, valid_until, doc, "
                + "version, position, changed_at) values (:kind, :id, :region, :from, :until, :doc, :version, :position, :at)");
        for (FactRow r : rows) {
            bindRow(batch, r).bind("at", at).add();
        }
        execute(batch);
    }

    void update(List<FactRow> rows, OffsetDateTime at) {
        PreparedBatch batch = handle.prepareBatch("update fact set region_id = :region, valid_from = :from, "
                + "valid_until = :until, doc = :doc, version = :version, position = :position, changed_at = :at "
                + "where kind = :kind and id = :id");
        for (FactRow r : rows) {
            bindRow(batch, r).bind("at", at).add();
        }
        execute(batch);
    }

    void reposition(List<FactRow> rows) {
        PreparedBatch batch = handle.prepareBatch("update fact set position = :position where kind = :kind and id = :id");
        for (FactRow r : rows) {
            batch.bind("position", r.position()).bind("kind", r.kind()).bind("id", r.id()).add();
        }
        execute(batch);
    }

    void delete(List<FactRow> rows) {
        PreparedBatch batch = handle.prepareBatch("delete from fact where kind = :kind and id = :id");
        for (FactRow r : rows) {
            batch.bind("kind", r.kind()).bind("id", r.id()).add();
        }
        execute(batch);
    }

    /** Replaces the source references of the given facts. */
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
        execute(clear);
        execute(insert);
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
        execute(clear);
        execute(insert);
    }

    /** Appends changes to the change log, in the given order. */
    void logChanges(List<Change> changes, OffsetDateTime at, String actor) {
        PreparedBatch batch = handle.prepareBatch("insert into change_log (at, actor, action, kind, id, region_id, "
                + "before_doc, after_doc) values (:at, :actor, :action, :kind, :id, :region, :before, :after)");
        for (Change c : changes) {
            FactRow any = c.after() != null ? c.after() : c.before();
            batch.bind("at", at).bind("actor", actor).bind("action", c.action()).bind("kind", any.kind())
                    .bind("id", any.id()).bind("region", any.regionId())
                    .bind("before", c.before() == null ? null : c.before().doc())
                    .bind("after", c.after() == null ? null : c.after().doc()).add();
        }
        execute(batch);
    }

    /** A change to one fact: what it was and what it became (null when absent). */
    record Change(String action, FactRow before, FactRow after) {
    }

    void logLoad(OffsetDateTime at, String actor, String origin, SyncReport report) {
        handle.createUpdate("insert into dataset_load (at, actor, origin, inserted, updated, deleted) "
                        + "values (:at, :actor, :origin, :inserted, :updated, :deleted)")
                .bind("at", at).bind("actor", actor).bind("origin", origin).bind("inserted", report.inserted())
                .bind("updated", report.updated()).bind("deleted", report.deleted()).execute();
    }

    List<se.regionkarta.history.Change> changes(java.time.OffsetDateTime since, long afterSeq, int limit) {
        // two statements rather than "(:since is null or …)": PostgreSQL cannot type a null parameter
        var query = since == null
                ? handle.createQuery("select seq, at, actor, action, kind, id, region_id from change_log "
                        + "where seq > :after order by seq limit :limit")
                : handle.createQuery("select seq, at, actor, action, kind, id, region_id from change_log "
                        + "where seq > :after and at >= :since order by seq limit :limit").bind("since", since);
        return query.bind("after", afterSeq).bind("limit", limit).map((rs, ctx) -> change(rs)).list();
    }

    /** Returns the latest change of every fact still or once in the store. */
    List<se.regionkarta.history.Change> latestChanges() {
        return handle.createQuery("select c.seq, c.at, c.actor, c.action, c.kind, c.id, c.region_id from change_log c "
                        + "join (select kind, id, max(seq) as seq from change_log group by kind, id) m on m.seq = c.seq")
                .map((rs, ctx) -> change(rs)).list();
    }

    private static se.regionkarta.history.Change change(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new se.regionkarta.history.Change(rs.getLong("seq"), rs.getObject("at", java.time.OffsetDateTime.class),
                rs.getString("actor"), rs.getString("action"), rs.getString("kind"), rs.getString("id"),
                rs.getString("region_id"));
    }

    /** Returns the sequence number of the latest change, 0 for none: the store's change signal. */
    long lastChange() {
        return handle.createQuery("select coalesce(max(seq), 0) from change_log").mapTo(Long.class).one();
    }

    /**
     * Makes this transaction the only writer of a PostgreSQL database until it ends, so that
     * change-log sequence numbers are committed in order and a reader that has seen one has seen
     * every smaller one (a sequence alone does not promise that). The embedded store gets the same
     * from its home lock.
     */
    void serializeWritersOnPostgres() {
        handle.createQuery("select pg_advisory_xact_lock(7309165403514077011)").mapToMap().one();
    }

    long changeCount() {
        return handle.createQuery("select count(*) from change_log").mapTo(Long.class).one();
    }

    private static PreparedBatch bindRow(PreparedBatch batch, FactRow r) {
        return batch.bind("kind", r.kind()).bind("id", r.id()).bind("region", r.regionId()).bind("from", r.validFrom())
                .bind("until", r.validUntil()).bind("doc", r.doc()).bind("version", r.version())
                .bind("position", r.position());
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    static String key(String kind, String id) {
        return kind + ":" + id;
    }
}
