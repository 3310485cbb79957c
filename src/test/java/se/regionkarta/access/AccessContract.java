package se.regionkarta.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.access.model.Account;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Lockout;
import se.regionkarta.access.model.Role;
import se.regionkarta.access.model.Via;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;

/** Accounts, logins, sessions and API tokens kept in a real store: H2 and PostgreSQL ({@link H2AccessTest}, {@link PostgresAccessTest}). */
abstract class AccessContract {

    static final String PASSWORD = "lagom långt lösenord";
    static final Grant KALMAR_EDITOR = new Grant(Set.of(Role.EDITOR), Set.of("kalmar"));

    abstract StoreConfig freshDatabase() throws Exception;

    Store store;
    AdjustableClock clock;
    Accounts accounts;
    Access access;

    @BeforeEach
    void open() throws Exception {
        clock = AdjustableClock.atTestStart();
        store = Store.open(freshDatabase(), clock);
        accounts = Accounts.in(store.jdbi(), clock);
        access = Access.of(store.jdbi(), clock, null, false);
        accounts.add("Anna", KALMAR_EDITOR, PASSWORD).orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    @DisplayName("an account is kept under its name in lower case, with its roles and regions, and no second one takes the name")
    void addAndList() {
        assertThat(accounts.add("ANNA", new Grant(Set.of(Role.ADMIN), Set.of()), PASSWORD)).isEmpty();
        accounts.add("bo", new Grant(Set.of(Role.ADMIN, Role.NATIONAL_EDITOR), Set.of()), PASSWORD).orElseThrow();

        List<Account> all = accounts.list();
        assertThat(all).extracting(Account::name).containsExactly("anna", "bo");
        assertThat(all.get(0).grant()).isEqualTo(KALMAR_EDITOR);
        assertThat(all.get(1).grant().roles()).containsExactly(Role.NATIONAL_EDITOR, Role.ADMIN);
        assertThat(all.get(0).toString()).doesNotContain("argon2");
    }

    @Test
    @DisplayName("the password is kept as an Argon2id hash with its parameters, never as itself")
    void hashKept() {
        String kept = store.jdbi().withHandle(h -> h.createQuery("select password_hash from account where name = 'anna'")
                .mapTo(String.class).one());

        assertThat(kept).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }

    @Test
    @DisplayName("the right password logs in (the name in any case): a session whose key opens it, and who it is")
    void logIn() {
        Access.LoggedIn in = (Access.LoggedIn) access.logIn(" ANNA ", PASSWORD);

        assertThat(in.principal().name()).isEqualTo("anna");
        assertThat(in.principal().via()).isEqualTo(Via.SESSION);
        assertThat(in.principal().mayEdit("kalmar")).isTrue();
        assertThat(in.expires()).isEqualTo(clock.instant().plus(Access.SESSION_LENGTH));
        assertThat(in.toString()).doesNotContain(in.sessionKey(), in.csrfToken());
        Access.SignedIn session = access.session(in.sessionKey()).orElseThrow();
        assertThat(session.principal()).isEqualTo(in.principal());
        assertThat(session.csrfToken()).isEqualTo(in.csrfToken());
    }

    @Test
    @DisplayName("a wrong password, an unknown name and an empty password are refused alike")
    void refused() {
        assertThat(access.logIn("anna", "fel lösenord helt")).isInstanceOf(Access.Refused.class);
        assertThat(access.logIn("nobody", PASSWORD)).isInstanceOf(Access.Refused.class);
        assertThat(access.logIn("anna", "")).isInstanceOf(Access.Refused.class);
    }

    @Test
    @DisplayName("five wrong passwords lock the account for 15 minutes, the right one included; then it logs in again")
    void lockout() {
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            assertThat(access.logIn("anna", "wrong password " + i)).isInstanceOf(Access.Refused.class);
        }
        Access.LogIn fifth = access.logIn("anna", "wrong password 5");

        assertThat(fifth).isEqualTo(new Access.Locked(clock.instant().plus(Lockout.PERIOD)));
        assertThat(access.logIn("anna", PASSWORD)).isInstanceOf(Access.Locked.class);
        clock.advance(Lockout.PERIOD.minusSeconds(1));
        assertThat(access.logIn("anna", PASSWORD)).isInstanceOf(Access.Locked.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(access.logIn("anna", PASSWORD)).isInstanceOf(Access.LoggedIn.class);
    }

    @Test
    @DisplayName("a name without an account, or with a disabled one, is refused and locked exactly as an account is: the answers tell nothing")
    void unknownNamesLockToo() {
        accounts.add("bo", KALMAR_EDITOR, PASSWORD).orElseThrow();
        accounts.disable(accounts.find("bo").orElseThrow());
        for (String name : List.of("anna", "nobody", "bo")) {
            for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
                assertThat(access.logIn(name, "wrong password " + i)).as(name).isInstanceOf(Access.Refused.class);
            }
            assertThat(access.logIn(name, "wrong password 5")).as(name)
                    .isEqualTo(new Access.Locked(clock.instant().plus(Lockout.PERIOD)));
            assertThat(access.logIn(name, PASSWORD)).as(name).isInstanceOf(Access.Locked.class);
        }
        clock.advance(Lockout.PERIOD);

        assertThat(access.logIn("nobody", "wrong password")).isInstanceOf(Access.Refused.class);
        assertThat(access.logIn("anna", PASSWORD)).isInstanceOf(Access.LoggedIn.class);
    }

    @Test
    @DisplayName("a right password clears the count of wrong ones, so that failures must come five in a row")
    void successClears() {
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            access.logIn("anna", "wrong password " + i);
        }
        assertThat(access.logIn("anna", PASSWORD)).isInstanceOf(Access.LoggedIn.class);
        assertThat(access.logIn("anna", "wrong again, once")).isInstanceOf(Access.Refused.class);
        assertThat(accounts.find("anna").orElseThrow().lockout()).isEqualTo(new Lockout(1, null));
    }

    @Test
    @DisplayName("a disabled account cannot log in, and its sessions and tokens stop working at once")
    void disabled() {
        Access.LoggedIn in = (Access.LoggedIn) access.logIn("anna", PASSWORD);
        Accounts.IssuedToken token = accounts.createToken(accounts.find("anna").orElseThrow());

        accounts.disable(accounts.find("anna").orElseThrow());

        assertThat(access.logIn("anna", PASSWORD)).isInstanceOf(Access.Refused.class);
        assertThat(access.session(in.sessionKey())).isEmpty();
        assertThat(access.bearer(token.token())).isInstanceOf(Access.Bearer.Refused.class);
        assertThat(accounts.find("anna").orElseThrow().disabled()).isTrue();
    }

    @Test
    @DisplayName("a session ends at logout and after eight hours; a made-up key opens nothing")
    void sessionEnds() {
        Access.LoggedIn first = (Access.LoggedIn) access.logIn("anna", PASSWORD);
        Access.LoggedIn second = (Access.LoggedIn) access.logIn("anna", PASSWORD);

        access.logOut(first.sessionKey());
        assertThat(access.session(first.sessionKey())).isEmpty();
        assertThat(access.session(second.sessionKey())).isPresent();
        clock.advance(Access.SESSION_LENGTH);
        assertThat(access.session(second.sessionKey())).isEmpty();
        assertThat(access.session("x".repeat(43))).isEmpty();
        assertThat(access.session("' or 1=1 --")).isEmpty();
    }

    @Test
    @DisplayName("the store keeps only hashes of session keys and API tokens")
    void onlyHashes() {
        Access.LoggedIn in = (Access.LoggedIn) access.logIn("anna", PASSWORD);
        Accounts.IssuedToken token = accounts.createToken(accounts.find("anna").orElseThrow());

        String sessions = store.jdbi().withHandle(h -> h.createQuery("select id_hash from account_session").mapTo(String.class).one());
        String tokens = store.jdbi().withHandle(h -> h.createQuery("select token_hash from api_token").mapTo(String.class).one());
        assertThat(sessions).isEqualTo(Secrets.hashOf(in.sessionKey())).isNotEqualTo(in.sessionKey());
        assertThat(tokens).isEqualTo(Secrets.hashOf(token.token())).doesNotContain(token.token());
        assertThat(token.toString()).doesNotContain(token.token());
    }

    @Test
    @DisplayName("an API token carries its account's roles and regions until it is revoked")
    void apiToken() {
        Accounts.IssuedToken token = accounts.createToken(accounts.find("anna").orElseThrow());

        Access.Bearer before = access.bearer(token.token());
        assertThat(before).isInstanceOf(Access.Bearer.Accepted.class);
        assertThat(((Access.Bearer.Accepted) before).principal().mayEdit("kalmar")).isTrue();
        assertThat(((Access.Bearer.Accepted) before).principal().via()).isEqualTo(Via.API_TOKEN);
        assertThat(accounts.revokeToken(token.id())).isEqualTo(Accounts.Revoked.REVOKED);
        assertThat(accounts.revokeToken(token.id())).isEqualTo(Accounts.Revoked.ALREADY_REVOKED);
        assertThat(accounts.revokeToken(token.id() + 100)).isEqualTo(Accounts.Revoked.NO_SUCH_TOKEN);
        assertThat(access.bearer(token.token())).isInstanceOf(Access.Bearer.Refused.class);
        assertThat(accounts.tokens()).singleElement().satisfies(t -> {
            assertThat(t.account()).isEqualTo("anna");
            assertThat(t.revoked()).isEqualTo(clock.instant());
        });
    }

    @Test
    @DisplayName("a hash made with weaker parameters still logs in, and is made again with today's")
    void rehash() {
        String weak = weakHash(PASSWORD);
        store.jdbi().useHandle(h -> h.createUpdate("update account set password_hash = :h where name = 'anna'").bind("h", weak).execute());

        assertThat(access.logIn("anna", PASSWORD)).isInstanceOf(Access.LoggedIn.class);
        String kept = store.jdbi().withHandle(h -> h.createQuery("select password_hash from account where name = 'anna'")
                .mapTo(String.class).one());
        assertThat(kept).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(access.logIn("anna", PASSWORD)).isInstanceOf(Access.LoggedIn.class);
    }

    /** Returns a hash of the password with 8 MiB and one pass, as an older version might have made. */
    private static String weakHash(String password) {
        String strong = new PasswordHash(new SecureRandom()).hash(password);
        String[] parts = strong.split("\\$");
        byte[] salt = java.util.Base64.getDecoder().decode(parts[4]);
        var params = new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id).withVersion(19).withMemoryAsKB(8192)
                .withIterations(1).withParallelism(1).withSalt(salt).build();
        var generator = new org.bouncycastle.crypto.generators.Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[32];
        generator.generateBytes(password.getBytes(java.nio.charset.StandardCharsets.UTF_8), out);
        return "$argon2id$v=19$m=8192,t=1,p=1$" + parts[4] + "$"
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(out);
    }

    Optional<Account> anna() {
        return accounts.find("anna");
    }
}
