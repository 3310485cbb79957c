package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.access.Access;
import se.regionkarta.access.model.Via;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;

/** {@code users} and {@code tokens} on the command line, and their ordinary mistakes: a sentence and an exit code each (issue 12). */
class AccessCommandsTest {

    private static final String PASSWORD = "lagom långt lösenord\n";

    @TempDir
    Path home;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    @Test
    @DisplayName("users add reads the password from standard input; users list shows roles and regions, never a hash")
    void addAndList() {
        Cli.Run add = cli.runWithInput(PASSWORD, "users", "add", "Anna", "--role", "editor", "--region", "kalmar",
                "--region", "halland");
        Cli.Run admin = cli.runWithInput(PASSWORD, "users", "add", "bo", "--role", "admin", "--role", "national-editor");
        Cli.Run list = cli.run("users", "list");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("added the account anna: editor of halland, kalmar");
        assertThat(admin.out()).contains("added the account bo: national-editor; admin");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("NAME", "anna", "editor of halland, kalmar", "active", "bo")
                .doesNotContain("argon2", "lösenord");
    }

    @Test
    @DisplayName("mistakes of users add are sentences with exit 2: a role, a region, a weak or missing password, a taken name")
    void addMistakes() {
        Cli.Run role = cli.runWithInput(PASSWORD, "users", "add", "anna", "--role", "owner");
        Cli.Run noRegion = cli.runWithInput(PASSWORD, "users", "add", "anna", "--role", "editor");
        Cli.Run unknownRegion = cli.runWithInput(PASSWORD, "users", "add", "anna", "--role", "editor", "--region", "narnia");
        Cli.Run unit = cli.runWithInput(PASSWORD, "users", "add", "anna", "--role", "editor", "--region", "kalmar.hsf");
        Cli.Run weak = cli.runWithInput("kort\n", "users", "add", "anna", "--role", "admin");
        Cli.Run none = cli.runWithInput("", "users", "add", "anna", "--role", "admin");
        Cli.Run name = cli.runWithInput(PASSWORD, "users", "add", "anna svensson", "--role", "admin");
        cli.runWithInput(PASSWORD, "users", "add", "anna", "--role", "admin");
        Cli.Run taken = cli.runWithInput(PASSWORD, "users", "add", "ANNA", "--role", "admin");

        for (Cli.Run run : new Cli.Run[] {role, noRegion, unknownRegion, unit, weak, none, name, taken}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).startsWith("regionkarta: ").doesNotContain("Exception", "\tat ");
        }
        assertThat(role.err()).contains("--role: no role is called 'owner'; the roles are reader, editor, national-editor, admin");
        assertThat(noRegion.err()).contains("--region: an editor edits one or more regions");
        assertThat(unknownRegion.err()).contains("--region: no region has the id 'narnia'");
        assertThat(unit.err()).contains("'kalmar.hsf' is a unit within a region, not a region");
        assertThat(weak.err()).contains("password: a password has at least 12 characters; this one has 4").doesNotContain("kort");
        assertThat(none.err()).contains("password: no password on standard input");
        assertThat(name.err()).contains("NAME: a name is made of the letters");
        assertThat(taken.err()).contains("an account is already named anna");
        assertThat(cli.run("users", "list").out()).contains("anna").doesNotContain("ANNA");
    }

    @Test
    @DisplayName("users disable stops the account; an unknown name is exit 3; users alone shows what it takes")
    void disable() {
        cli.runWithInput(PASSWORD, "users", "add", "anna", "--role", "admin");

        Cli.Run disable = cli.run("users", "disable", "Anna");
        Cli.Run again = cli.run("users", "disable", "anna");
        Cli.Run unknown = cli.run("users", "disable", "nobody");
        Cli.Run bare = cli.run("users");

        assertThat(disable.out()).contains("disabled the account anna");
        assertThat(again.out()).contains("was already disabled");
        assertThat(cli.run("users", "list").out()).contains("disabled");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknown.err()).contains("no account is named nobody");
        assertThat(bare.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bare.err()).contains("add", "list", "disable").doesNotContain("Exception");
    }

    @Test
    @DisplayName("tokens create prints the token once; it works until tokens revoke; tokens list never shows it")
    void tokens() {
        cli.runWithInput(PASSWORD, "users", "add", "anna", "--role", "editor", "--region", "kalmar");

        Cli.Run create = cli.run("tokens", "create", "anna");
        String token = create.out().strip();
        assertThat(create.exitCode()).isZero();
        assertThat(token).matches("rk_[A-Za-z0-9_-]{43}");
        assertThat(create.err()).contains("made token 1 for anna", "shown only this once");
        assertThat(bearer(token)).isInstanceOf(Access.Bearer.Accepted.class);
        assertThat(((Access.Bearer.Accepted) bearer(token)).principal().via()).isEqualTo(Via.API_TOKEN);

        Cli.Run list = cli.run("tokens", "list");
        assertThat(list.out()).contains("ID", "anna").doesNotContain(token, token.substring(3, 20));
        assertThat(cli.run("tokens", "revoke", "1").out()).contains("revoked token 1");
        assertThat(bearer(token)).isInstanceOf(Access.Bearer.Refused.class);
        assertThat(cli.run("tokens", "revoke", "1").out()).contains("token 1 was already revoked");
    }

    @Test
    @DisplayName("mistakes of tokens are sentences: an unknown account or id is exit 3, an id that is no number exit 2")
    void tokenMistakes() {
        Cli.Run unknownAccount = cli.run("tokens", "create", "nobody");
        Cli.Run unknownId = cli.run("tokens", "revoke", "42");
        Cli.Run notNumber = cli.run("tokens", "revoke", "abc");
        Cli.Run data = cli.run("tokens", "list", "--data", home.toString());

        assertThat(unknownAccount.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknownAccount.err()).contains("no account is named nobody");
        assertThat(unknownId.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknownId.err()).contains("no API token has the id 42");
        assertThat(notNumber.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notNumber.err()).contains("ID: a token's id is its number");
        assertThat(data.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(data.err()).contains("accounts are kept in the store");
    }

    private Access.Bearer bearer(String token) {
        try (Store store = Store.open(StoreConfig.embedded(home), TestServer.CLOCK)) {
            return Access.of(store.jdbi(), TestServer.CLOCK, null, false).bearer(token);
        }
    }
}
