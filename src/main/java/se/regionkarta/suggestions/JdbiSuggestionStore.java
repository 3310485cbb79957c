package se.regionkarta.suggestions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import se.regionkarta.suggestions.model.Received;
import se.regionkarta.suggestions.model.Suggestion;

/** The SQL of suggestions (db/migration/V4__suggestions.sql); every statement is parameterised. */
final class JdbiSuggestionStore {

    private static final String COLUMNS = "id, fact_kind, fact_id, region_id, wrong_text, right_text, stated_at, contact, "
            + "received_at, state, decided_by, decided_at, reason, change_seq";

    private final Handle handle;

    JdbiSuggestionStore(Handle handle) {
        this.handle = handle;
    }

    Optional<String> secret(String purpose) {
        return handle.createQuery("select secret from suggestion_secret where purpose = :purpose").bind("purpose", purpose)
                .mapTo(String.class).findOne();
    }

    /** Reads a secret and locks its row until the transaction ends. */
    Optional<String> lockSecret(String purpose) {
        return handle.createQuery("select secret from suggestion_secret where purpose = :purpose for update")
                .bind("purpose", purpose).mapTo(String.class).findOne();
    }

    void insertSecret(String purpose, String secret, Instant at) {
        handle.createUpdate("insert into suggestion_secret (purpose, secret, created_at) values (:purpose, :secret, :at)")
                .bind("purpose", purpose).bind("secret", secret).bind("at", time(at)).execute();
    }

    /** Deletes the salts of days before the given one (their names sort as the days do). */
    void deleteSaltsBefore(String oldestKept) {
        handle.createUpdate("delete from suggestion_secret where purpose like 'salt-%' and purpose < :oldest")
                .bind("oldest", oldestKept).execute();
    }

    void deleteSendersBefore(Instant since) {
        handle.createUpdate("delete from suggestion_sender where sent_at <= :since").bind("since", time(since)).execute();
    }

    /** Returns when each of the given hashes sent a suggestion after the moment, oldest first. */
    List<Instant> sentSince(List<String> hashes, Instant since) {
        return handle.createQuery("select sent_at from suggestion_sender where address_hash in (<hashes>) and sent_at > :since "
                        + "order by sent_at").bindList("hashes", hashes).bind("since", time(since))
                .map((rs, ctx) -> rs.getObject("sent_at", OffsetDateTime.class).toInstant()).list();
    }

    void insertSender(String hash, Instant at) {
        handle.createUpdate("insert into suggestion_sender (address_hash, sent_at) values (:hash, :at)").bind("hash", hash)
                .bind("at", time(at)).execute();
    }

    /** Returns how many suggestions a region received after the moment, and the oldest of them. */
    List<Instant> receivedSince(String regionId, Instant since) {
        var q = handle.createQuery("select received_at from suggestion where " + region(regionId)
                + " and received_at > :since order by received_at").bind("since", time(since));
        if (regionId != null) {
            q.bind("region", regionId);
        }
        return q.map((rs, ctx) -> rs.getObject("received_at", OffsetDateTime.class).toInstant()).list();
    }

    long insert(Received r, Instant at) {
        return handle.createUpdate("insert into suggestion (fact_kind, fact_id, region_id, wrong_text, right_text, stated_at, "
                        + "contact, received_at, state) values (:kind, :fact, :region, :wrong, :right, :stated, :contact, :at, 'open')")
                .bind("kind", r.factKind()).bind("fact", r.factId()).bind("region", r.regionId()).bind("wrong", r.wrong())
                .bind("right", r.right()).bind("stated", r.statedAt()).bind("contact", r.contact()).bind("at", time(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Returns a region's suggestions in one state, newest first. */
    List<Suggestion> ofRegion(String regionId, Suggestion.State state, int limit) {
        var q = handle.createQuery("select " + COLUMNS + " from suggestion where " + region(regionId)
                + " and state = :state order by received_at desc, id desc limit :limit").bind("state", state.code())
                .bind("limit", limit);
        if (regionId != null) {
            q.bind("region", regionId);
        }
        return q.map((rs, ctx) -> suggestion(rs)).list();
    }

    Optional<Suggestion> find(long id, boolean lock) {
        return handle.createQuery("select " + COLUMNS + " from suggestion where id = :id" + (lock ? " for update" : ""))
                .bind("id", id).map((rs, ctx) -> suggestion(rs)).findOne();
    }

    /** Marks an open suggestion decided and erases its contact; returns whether it was open. */
    boolean decide(long id, Suggestion.State state, String editor, Instant at, String reason, Long changeSeq) {
        return handle.createUpdate("update suggestion set state = :state, decided_by = :editor, decided_at = :at, reason = :reason, "
                        + "change_seq = :seq, contact = null where id = :id and state = 'open'")
                .bind("state", state.code()).bind("editor", editor).bind("at", time(at)).bind("reason", reason)
                .bind("seq", changeSeq).bind("id", id).execute() == 1;
    }

    private static String region(String regionId) {
        return regionId == null ? "region_id is null" : "region_id = :region";
    }

    private static Suggestion suggestion(ResultSet rs) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        long seq = rs.getLong("change_seq");
        Long changeSeq = rs.wasNull() ? null : seq;
        return new Suggestion(rs.getLong("id"), rs.getString("fact_kind"), rs.getString("fact_id"), rs.getString("region_id"),
                rs.getString("wrong_text"), rs.getString("right_text"), rs.getString("stated_at"), rs.getString("contact"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), Suggestion.State.of(rs.getString("state")),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("reason"), changeSeq);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
