package se.regionkarta.access.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import se.regionkarta.access.Accounts;
import se.regionkarta.cli.RegionkartaCommand;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.input.BadInput;
import se.regionkarta.store.Store;

/** What the {@code users} and {@code tokens} commands share: the store the accounts are kept in, and reading a password. */
final class AccountStore {

    private AccountStore() {
    }

    /** Opens the store (filled with the bundled data when empty, as every command does), works on it, and closes it. */
    static <T> T use(CommandSpec spec, RegistryOptions registry, Function<Store, T> work) {
        if (registry.data != null) {
            throw BadInput.field("--data", "accounts are kept in the store; a data directory has none. Leave out --data");
        }
        try (Store store = registry.openFilled(spec.commandLine().getErr())) {
            return work.apply(store);
        }
    }

    static Accounts accounts(CommandSpec spec, Store store) {
        return Accounts.in(store.jdbi(), RegionkartaCommand.of(spec).clock());
    }

    /**
     * Reads a password: asked twice without echo on a terminal, else the first line of standard
     * input, so that it never stands on the command line (where other users and the shell's
     * history see it).
     */
    static String password(CommandSpec spec, String name) {
        InputStream in = RegionkartaCommand.of(spec).in();
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("The same password again: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw BadInput.field("password", "the two passwords typed differ; nothing was changed");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw BadInput.field("password", "no password on standard input: give it as the first line, for example "
                        + "from a password manager's command line, or run the command in a terminal to be asked for it");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
