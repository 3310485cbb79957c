package se.regionkarta.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import se.regionkarta.access.model.Account;
import se.regionkarta.access.model.ApiToken;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Lockout;
import se.regionkarta.access.model.Role;

/** The SQL of accounts, sessions and API tokens (db/migration/V3__users.sql); every statement is parameterised. */
final class JdbiAccessStore {

    private static final String ACCOUNT_COLUMNS = "a.id, a.name, a.disabled, a.failed_logins, a.locked_until, a.created_at";

    private final Handle handle;

    JdbiAccessStore(Handle handle) {
        this.handle = handle;
    }

    /** What a login needs of an account: the account and its password's hash. */
    record Login(Account account, String passwordHash) {
    }

    /** A live session: its account and its CSRF token. */
    record Session(Account account, String csrfToken) {
    }

    long insertAccount(String name, String passwordHash, Grant grant, Instant at) {
        long id = handle.createUpdate("insert into account (name, password_hash, disabled, failed_logins, created_at) "
                        + "values (:name, :hash, false, 0, :at)")
                .bind("name", name).bind("hash", passwordHash).bind("at", time(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        var roles = handle.prepareBatch("insert into account_role (account_id, role) values (:id, :role)");
        grant.roles().forEach(r -> roles.bind("id", id).bind("role", r.code()).add());
        roles.execute();
        if (!grant.regions().isEmpty()) {
            var regions = handle.prepareBatch("insert into account_region (account_id, region_id) values (:id, :region)");
            grant.regions().forEach(r -> regions.bind("id", id).bind("region", r).add());
            regions.execute();
        }
        return id;
    }

    boolean nameTaken(String name) {
        return handle.createQuery("select count(*) from account where name = :name").bind("name", name)
                .mapTo(Long.class).one() > 0;
    }

    List<Account> accounts() {
        return handle.createQuery("select " + ACCOUNT_COLUMNS + " from account a order by a.name")
                .map((rs, ctx) -> account(rs)).list();
    }

    Optional<Account> account(String name) {
        return handle.createQuery("select " + ACCOUNT_COLUMNS + " from account a where a.name = :name").bind("name", name)
                .map((rs, ctx) -> account(rs)).findOne();
    }

    /** Reads an account for a login and locks its row until the transaction ends, so that every instance counts failures in turn. */
    Optional<Login> lockForLogin(String name) {
        return handle.createQuery("select " + ACCOUNT_COLUMNS + ", a.password_hash from account a where a.name = :name for update")
                .bind("name", name).map((rs, ctx) -> new Login(account(rs), rs.getString("password_hash"))).findOne();
    }

    void setLockout(long accountId, Lockout lockout) {
        handle.createUpdate("update account set failed_logins = :failures, locked_until = :until where id = :id")
                .bind("failures", lockout.failures()).bind("until", time(lockout.lockedUntil())).bind("id", accountId).execute();
    }

    /** Reads the wrong logins counted for a name no account can log in with, locking the row until the transaction ends. */
    Optional<Lockout> lockNameForLogin(String name) {
        return handle.createQuery("select failed_logins, locked_until from login_failure where name = :name for update")
                .bind("name", name).map((rs, ctx) -> lockout(rs)).findOne();
    }

    /** Keeps the wrong logins counted for a name no account can log in with; the insert fails if another instance made the row first. */
    void setNameLockout(String name, Lockout lockout, boolean exists) {
        handle.createUpdate(exists
                        ? "update login_failure set failed_logins = :failures, locked_until = :until where name = :name"
                        : "insert into login_failure (name, failed_logins, locked_until) values (:name, :failures, :until)")
                .bind("name", name).bind("failures", lockout.failures()).bind("until", time(lockout.lockedUntil())).execute();
    }

    /** Forgets the names whose lock has passed: their count is back at zero, as an account's would be. */
    void deletePassedNameLocks(Instant now) {
        handle.createUpdate("delete from login_failure where locked_until <= :now").bind("now", time(now)).execute();
    }

    void setPasswordHash(long accountId, String hash) {
        handle.createUpdate("update account set password_hash = :hash where id = :id").bind("hash", hash)
                .bind("id", accountId).execute();
    }

    void disable(long accountId) {
        handle.createUpdate("update account set disabled = true where id = :id").bind("id", accountId).execute();
        handle.createUpdate("delete from account_session where account_id = :id").bind("id", accountId).execute();
    }

    void insertSession(String idHash, long accountId, String csrfToken, Instant created, Instant expires) {
        handle.createUpdate("insert into account_session (id_hash, account_id, csrf_token, created_at, expires_at) "
                        + "values (:hash, :account, :csrf, :created, :expires)")
                .bind("hash", idHash).bind("account", accountId).bind("csrf", csrfToken).bind("created", time(created))
                .bind("expires", time(expires)).execute();
    }

    /** Returns the session with this id hash if it has not expired and its account is not disabled. */
    Optional<Session> session(String idHash, Instant now) {
        return handle.createQuery("select " + ACCOUNT_COLUMNS + ", s.csrf_token from account_session s "
                        + "join account a on a.id = s.account_id "
                        + "where s.id_hash = :hash and s.expires_at > :now and a.disabled = false")
                .bind("hash", idHash).bind("now", time(now))
                .map((rs, ctx) -> new Session(account(rs), rs.getString("csrf_token"))).findOne();
    }

    void deleteSession(String idHash) {
        handle.createUpdate("delete from account_session where id_hash = :hash").bind("hash", idHash).execute();
    }

    void deleteExpiredSessions(Instant now) {
        handle.createUpdate("delete from account_session where expires_at <= :now").bind("now", time(now)).execute();
    }

    long insertToken(long accountId, String tokenHash, Instant at) {
        return handle.createUpdate("insert into api_token (account_id, token_hash, created_at) values (:account, :hash, :at)")
                .bind("account", accountId).bind("hash", tokenHash).bind("at", time(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Returns the account of a token that is not revoked, if its account is not disabled. */
    Optional<Account> tokenAccount(String tokenHash) {
        return handle.createQuery("select " + ACCOUNT_COLUMNS + " from api_token t join account a on a.id = t.account_id "
                        + "where t.token_hash = :hash and t.revoked_at is null and a.disabled = false")
                .bind("hash", tokenHash).map((rs, ctx) -> account(rs)).findOne();
    }

    Optional<ApiToken> token(long id) {
        return handle.createQuery("select t.id, a.name, t.created_at, t.revoked_at from api_token t "
                        + "join account a on a.id = t.account_id where t.id = :id")
                .bind("id", id).map((rs, ctx) -> token(rs)).findOne();
    }

    List<ApiToken> tokens() {
        return handle.createQuery("select t.id, a.name, t.created_at, t.revoked_at from api_token t "
                + "join account a on a.id = t.account_id order by t.id").map((rs, ctx) -> token(rs)).list();
    }

    void revokeToken(long id, Instant at) {
        handle.createUpdate("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .bind("at", time(at)).bind("id", id).execute();
    }

    /** Returns each account's grant, read in two queries. */
    Map<Long, Grant> grants(List<Long> accountIds) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        Map<Long, Set<String>> regions = new HashMap<>();
        if (!accountIds.isEmpty()) {
            handle.createQuery("select account_id, role from account_role where account_id in (<ids>)")
                    .bindList("ids", accountIds).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> Role.ofCode(e.getValue()).ifPresent(r ->
                            roles.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Role.class)).add(r)));
            handle.createQuery("select account_id, region_id from account_region where account_id in (<ids>)")
                    .bindList("ids", accountIds).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> regions.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue()));
        }
        Map<Long, Grant> grants = new HashMap<>();
        for (long id : accountIds) {
            grants.put(id, new Grant(roles.getOrDefault(id, EnumSet.of(Role.READER)), regions.getOrDefault(id, Set.of())));
        }
        return grants;
    }

    /** Returns the account with its grant read from the store. */
    Account withGrant(Account a) {
        return new Account(a.id(), a.name(), grants(List.of(a.id())).get(a.id()), a.disabled(), a.lockout(), a.created());
    }

    /** Reads an account's columns; its grant is filled in by {@link #withGrant}, a reader's until then. */
    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("name"), new Grant(Set.of(Role.READER), Set.of()),
                rs.getBoolean("disabled"), lockout(rs),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Lockout lockout(ResultSet rs) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Lockout(rs.getInt("failed_logins"), locked == null ? null : locked.toInstant());
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
