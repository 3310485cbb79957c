package se.regionkarta.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import se.regionkarta.access.model.Account;
import se.regionkarta.access.model.AccountName;
import se.regionkarta.access.model.ApiToken;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.PasswordRule;

/**
 * Keeps the accounts and their API tokens in the store: what the command line's {@code users} and
 * {@code tokens} do. The faces check what a person typed first ({@link AccountName},
 * {@link PasswordRule}, {@link Grant#problem}); what only the store knows (a name already taken, a
 * token id) comes back as a value.
 */
public final class Accounts {

    private final Jdbi jdbi;
    private final Clock clock;
    private final PasswordHash passwords;
    private final Secrets secrets;

    Accounts(Jdbi jdbi, Clock clock, SecureRandom random) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.passwords = new PasswordHash(random);
        this.secrets = new Secrets(random);
    }

    /** Returns the accounts kept in a store (its schema migrated by {@code Store.open}). */
    public static Accounts in(Jdbi jdbi, Clock clock) {
        return new Accounts(jdbi, clock, new SecureRandom());
    }

    /** A token just made: its id and the token itself, which is never shown again. */
    public record IssuedToken(long id, String token) {
        @Override
        public String toString() {
            return "IssuedToken[" + id + "]"; // never the token, should one be logged by mistake
        }
    }

    /** How a revocation went. */
    public enum Revoked { REVOKED, ALREADY_REVOKED, NO_SUCH_TOKEN }

    /**
     * Adds an account with a password; empty when the name is taken.
     *
     * @param name a name {@link AccountName#problem} accepts
     * @param password a password {@link PasswordRule#weakness} accepts
     */
    public Optional<Account> add(String name, Grant grant, String password) {
        String kept = AccountName.normal(name);
        require(AccountName.problem(kept).isEmpty() && PasswordRule.weakness(kept, password).isEmpty(),
                "the name and the password are checked before an account is added");
        String hash = passwords.hash(password); // slow: outside the transaction
        Instant now = now();
        return jdbi.inTransaction(h -> {
            JdbiAccessStore sql = new JdbiAccessStore(h);
            if (sql.nameTaken(kept)) {
                return Optional.<Account>empty();
            }
            long id = sql.insertAccount(kept, hash, grant, now);
            return sql.account(kept).map(sql::withGrant).filter(a -> a.id() == id);
        });
    }

    /** Returns every account, by name. */
    public List<Account> list() {
        return jdbi.withHandle(h -> {
            JdbiAccessStore sql = new JdbiAccessStore(h);
            List<Account> accounts = sql.accounts();
            Map<Long, Grant> grants = sql.grants(accounts.stream().map(Account::id).toList());
            return accounts.stream().map(a -> new Account(a.id(), a.name(), grants.get(a.id()), a.disabled(), a.lockout(),
                    a.created())).toList();
        });
    }

    /** Returns the account with this name (in any case), if there is one. */
    public Optional<Account> find(String name) {
        return jdbi.withHandle(h -> {
            JdbiAccessStore sql = new JdbiAccessStore(h);
            return sql.account(AccountName.normal(name)).map(sql::withGrant);
        });
    }

    /** Disables an account: it can no longer log in, and its sessions and tokens stop working at once. */
    public void disable(Account account) {
        jdbi.useTransaction(h -> new JdbiAccessStore(h).disable(account.id()));
    }

    /** Makes an API token for an account; only its hash is kept. */
    public IssuedToken createToken(Account account) {
        String token = secrets.nextToken();
        long id = jdbi.inTransaction(h -> new JdbiAccessStore(h).insertToken(account.id(), Secrets.hashOf(token), now()));
        return new IssuedToken(id, token);
    }

    /** Revokes an API token: requests that carry it are refused from now on. */
    public Revoked revokeToken(long id) {
        return jdbi.inTransaction(h -> {
            JdbiAccessStore sql = new JdbiAccessStore(h);
            Optional<ApiToken> token = sql.token(id);
            if (token.isEmpty()) {
                return Revoked.NO_SUCH_TOKEN;
            }
            if (token.get().revoked() != null) {
                return Revoked.ALREADY_REVOKED;
            }
            sql.revokeToken(id, now());
            return Revoked.REVOKED;
        });
    }

    /** Returns the token with this id, if any, without the token itself. */
    public Optional<ApiToken> token(long id) {
        return jdbi.withHandle(h -> new JdbiAccessStore(h).token(id));
    }

    /** Returns every API token ever made, oldest first, without the tokens themselves. */
    public List<ApiToken> tokens() {
        return jdbi.withHandle(h -> new JdbiAccessStore(h).tokens());
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    /** Returns the clock's time to the microsecond, as the databases keep it, so that what is kept compares equal to what was meant. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
