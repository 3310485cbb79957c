package se.regionkarta.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import se.regionkarta.access.model.AccountName;
import se.regionkarta.access.model.Lockout;
import se.regionkarta.access.model.PasswordRule;
import se.regionkarta.access.model.Principal;
import se.regionkarta.access.model.Via;

/**
 * Says who a request is: logs in with a name and password (counting failures in the store, so that
 * every instance agrees on a lock), finds the session a cookie names, ends it, and checks bearer
 * tokens — API tokens against the store, JWTs against the configured OpenID Connect provider.
 * Everything it keeps is in the store, so any number of instances can serve the same sessions.
 * Built once by the composition root; the web layer asks it on every request that carries a
 * cookie or a token (docs/decisions/0022-identity-and-access.md).
 */
public final class Access {

    /** How long a session lasts after login, whatever is done in it: a working day. */
    public static final Duration SESSION_LENGTH = Duration.ofHours(8);

    private final Jdbi jdbi;
    private final Clock clock;
    private final OpenIdConnect openId;
    private final boolean secureCookies;
    private final boolean trustProxy;
    private final PasswordHash passwords;
    private final Secrets secrets;

    private Access(Jdbi jdbi, Clock clock, OpenIdSettings openId, boolean secureCookies, boolean trustProxy) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.openId = openId == null ? null : new OpenIdConnect(openId, clock);
        this.secureCookies = secureCookies;
        this.trustProxy = trustProxy;
        SecureRandom random = new SecureRandom();
        this.passwords = new PasswordHash(random);
        this.secrets = new Secrets(random);
    }

    /**
     * Returns access over the accounts, sessions and tokens kept in a store.
     *
     * @param jdbi the store's database, its schema migrated
     * @param openId the OpenID Connect provider whose JWTs are accepted, or null for none
     * @param secureCookies whether the session cookie is sent only over HTTPS even when a request
     *     came over HTTP (the service behind a proxy that ends TLS)
     */
    public static Access of(Jdbi jdbi, Clock clock, OpenIdSettings openId, boolean secureCookies) {
        return new Access(jdbi, clock, openId, secureCookies, false);
    }

    /**
     * Returns access as {@link #of(Jdbi, Clock, OpenIdSettings, boolean)} does, and says whether the
     * service runs behind a proxy whose {@code X-Forwarded-For} names the client (the limits on
     * readers' suggestions count by that address; without a trusted proxy anyone could forge it).
     */
    public static Access of(Jdbi jdbi, Clock clock, OpenIdSettings openId, boolean secureCookies, boolean trustProxy) {
        return new Access(jdbi, clock, openId, secureCookies, trustProxy);
    }

    /** Returns access without a store (a registry read from data files): no login, JWTs only if a provider is given. */
    public static Access withoutStore(Clock clock, OpenIdSettings openId) {
        return new Access(null, clock, openId, false, false);
    }

    /** How a login went. */
    public sealed interface LogIn permits LoggedIn, Refused, Locked {
    }

    /**
     * Logged in: a new session, whose key goes into the cookie and is kept only as a hash.
     *
     * @param csrfToken the session's token, which every form it sends carries
     */
    public record LoggedIn(Principal principal, String sessionKey, String csrfToken, Instant expires) implements LogIn {
        @Override
        public String toString() {
            return "LoggedIn[" + principal.name() + ", until " + expires + "]"; // never the key or the token
        }
    }

    /** Refused: no such account, a wrong password, a disabled account or one without a password — not told apart. */
    public record Refused() implements LogIn {
    }

    /** Refused because of too many wrong passwords: no password is tried until the lock ends. */
    public record Locked(Instant until) implements LogIn {
    }

    /** A live session: who it is, and the token its forms carry. */
    public record SignedIn(Principal principal, String csrfToken) {
        @Override
        public String toString() {
            return "SignedIn[" + principal.name() + "]";
        }
    }

    /** What a bearer token showed. */
    public sealed interface Bearer permits Bearer.Accepted, Bearer.Refused {

        /** A valid token, of this principal. */
        record Accepted(Principal principal) implements Bearer {
        }

        /** A token that is not accepted, with why, in words that are safe to show the client. */
        record Refused(String reason) implements Bearer {
        }
    }

    /** Tells whether accounts can log in here: the service runs on a store. */
    public boolean keepsAccounts() {
        return jdbi != null;
    }

    public boolean secureCookies() {
        return secureCookies;
    }

    /** Tells whether a proxy in front of the service says who the client is ({@code X-Forwarded-For}). */
    public boolean trustProxy() {
        return trustProxy;
    }

    /**
     * Logs in with a name (in any case) and a password. Each wrong password is counted in the
     * account's row, read and written under a row lock, so that instances count in turn; after
     * {@link Lockout#MAX_FAILURES} the account is locked for {@link Lockout#PERIOD} by the clock.
     * A hash made with weaker parameters than today's is made again.
     */
    public LogIn logIn(String name, String password) {
        String kept = AccountName.normal(name);
        if (jdbi == null || kept.isEmpty() || kept.length() > AccountName.MAX_LENGTH || password == null
                || password.isEmpty() || password.length() > 4 * PasswordRule.MAX_LENGTH) {
            return new Refused();
        }
        Instant now = now();
        try {
            return jdbi.inTransaction(h -> logIn(new JdbiAccessStore(h), kept, password, now));
        } catch (UnableToExecuteStatementException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // another instance counted the first wrong login of the same unknown name at the same moment: count again
            return jdbi.inTransaction(h -> logIn(new JdbiAccessStore(h), kept, password, now));
        }
    }

    private LogIn logIn(JdbiAccessStore sql, String kept, String password, Instant now) {
        Optional<JdbiAccessStore.Login> found = sql.lockForLogin(kept);
        if (found.isEmpty() || found.get().account().disabled() || found.get().passwordHash() == null) {
            return failWithoutAccount(sql, kept, password, now);
        }
        var account = found.get().account();
        String hash = found.get().passwordHash();
        if (account.lockout().lockedAt(now)) {
            return new Locked(account.lockout().lockedUntil());
        }
        if (!passwords.matches(password, hash)) {
            Lockout after = account.lockout().afterFailure(now);
            sql.setLockout(account.id(), after);
            return after.lockedAt(now) ? new Locked(after.lockedUntil()) : new Refused();
        }
        if (!account.lockout().equals(Lockout.CLEAR)) {
            sql.setLockout(account.id(), Lockout.CLEAR);
        }
        if (passwords.isBelowCurrent(hash)) {
            sql.setPasswordHash(account.id(), passwords.hash(password));
        }
        sql.deleteExpiredSessions(now);
        String key = secrets.next();
        String csrf = secrets.next();
        Instant expires = now.plus(SESSION_LENGTH);
        sql.insertSession(Secrets.hashOf(key), account.id(), csrf, now, expires);
        return new LoggedIn(sql.withGrant(account).principal(Via.SESSION), key, csrf, expires);
    }

    /**
     * Refuses a login with a name no account can log in with, counting it as a wrong password of an
     * account is counted and spending the time a password check takes, so that neither the answer
     * (refused, or locked until a time) nor its delay tells whether the account exists.
     */
    private LogIn failWithoutAccount(JdbiAccessStore sql, String name, String password, Instant now) {
        sql.deletePassedNameLocks(now);
        Optional<Lockout> counted = sql.lockNameForLogin(name);
        Lockout before = counted.orElse(Lockout.CLEAR);
        if (before.lockedAt(now)) {
            return new Locked(before.lockedUntil());
        }
        passwords.matchNobody(password);
        Lockout after = before.afterFailure(now);
        sql.setNameLockout(name, after, counted.isPresent());
        return after.lockedAt(now) ? new Locked(after.lockedUntil()) : new Refused();
    }

    private static boolean isUniqueViolation(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true; // the SQL state of a unique violation in H2 and PostgreSQL alike
            }
        }
        return false;
    }

    /** Returns the live session a cookie's key names: not expired, its account not disabled. */
    public Optional<SignedIn> session(String sessionKey) {
        if (jdbi == null || !Secrets.wellFormed(sessionKey)) {
            return Optional.empty();
        }
        Instant now = now();
        return jdbi.withHandle(h -> {
            JdbiAccessStore sql = new JdbiAccessStore(h);
            return sql.session(Secrets.hashOf(sessionKey), now)
                    .map(s -> new SignedIn(sql.withGrant(s.account()).principal(Via.SESSION), s.csrfToken()));
        });
    }

    /** Ends a session: its cookie no longer opens it, on any instance. */
    public void logOut(String sessionKey) {
        if (jdbi != null && Secrets.wellFormed(sessionKey)) {
            jdbi.useHandle(h -> new JdbiAccessStore(h).deleteSession(Secrets.hashOf(sessionKey)));
        }
    }

    /**
     * Checks a bearer token: an API token ({@code rk_…}) against the store, anything else as a JWT of
     * the configured OpenID Connect provider. An API token carries its account's roles and regions as
     * they are now, so a change or a disabled account takes effect at once.
     */
    public Bearer bearer(String token) {
        if (token.startsWith(Secrets.TOKEN_PREFIX)) {
            String secret = token.substring(Secrets.TOKEN_PREFIX.length());
            if (jdbi == null || !Secrets.wellFormed(secret)) {
                return new Bearer.Refused("the API token is unknown or revoked");
            }
            return jdbi.withHandle(h -> {
                JdbiAccessStore sql = new JdbiAccessStore(h);
                return sql.tokenAccount(Secrets.hashOf(token)).<Bearer>map(a ->
                                new Bearer.Accepted(sql.withGrant(a).principal(Via.API_TOKEN)))
                        .orElse(new Bearer.Refused("the API token is unknown or revoked"));
            });
        }
        if (openId == null) {
            return new Bearer.Refused("the bearer token is not an API token of this service, and no OpenID Connect "
                    + "provider is configured");
        }
        return openId.verify(token);
    }

    /** Returns the clock's time to the microsecond, as the databases keep it, so that what is kept compares equal to what was meant. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
