package se.regionkarta.access.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Account;
import se.regionkarta.access.model.AccountName;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.PasswordRule;
import se.regionkarta.access.model.Role;
import se.regionkarta.cli.CliException;
import se.regionkarta.cli.Columns;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.RegionkartaCommand;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/** The accounts that may log in and change facts: {@code users add}, {@code users list}, {@code users disable} (issue 12). */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Accounts that may log in: add one (its password read from standard input), list them, disable one.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class})
public final class UsersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds an account with its roles; the password is read from standard input (asked twice on a terminal).",
                "Roles: reader (changes nothing), editor (of the regions given with --region), national-editor "
                        + "(healthcare regions, programme areas, the national frame), admin (accounts and roles)."})
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registry;

        @Parameters(index = "0", paramLabel = "NAME", description = "the name to log in with: letters a–z, digits, . _ @ -")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "reader, editor, national-editor or admin; repeat it for several")
        List<String> roles = new ArrayList<>();

        @Option(names = "--region", paramLabel = "ID", description = "a region an editor edits (kalmar, halland, …); repeat it for several")
        List<String> regions = new ArrayList<>();

        @Override
        public Integer call() {
            Grant grant = grant();
            String password = AccountStore.password(spec, AccountName.normal(name));
            PasswordRule.weakness(name, password).ifPresent(w -> {
                throw BadInput.field("password", w + "; nothing was added");
            });
            Account added = AccountStore.use(spec, registry, store -> {
                requireRegions(new Snapshot(store.read()));
                return AccountStore.accounts(spec, store).add(name, grant, password).orElseThrow(() ->
                        BadInput.field("NAME", "an account is already named " + AccountName.normal(name)
                                + "; choose another name (names do not depend on case)"));
            });
            spec.commandLine().getOut().println("added the account " + added.name() + ": " + added.grant().describe());
            return ExitCode.OK;
        }

        /** Reads the roles and regions, every problem at once, before the password is asked for. */
        private Grant grant() {
            List<Problem> problems = new ArrayList<>();
            AccountName.problem(name).ifPresent(p -> problems.add(Problem.inField("NAME", p)));
            Set<Role> given = EnumSet.noneOf(Role.class);
            for (String code : roles) {
                Optional<Role> role = Role.ofCode(code.strip());
                role.ifPresentOrElse(given::add, () -> problems.add(Problem.inField("--role",
                        "no role is called '" + code + "'; the roles are " + Role.codes())));
            }
            Set<String> ids = new LinkedHashSet<>(regions.stream().map(String::strip).toList());
            if (problems.isEmpty()) {
                Grant.problem(given, ids).ifPresent(p -> problems.add(Problem.inField(p.contains("--region") ? "--region"
                        : "--role", p)));
            }
            if (!problems.isEmpty()) {
                throw new BadInput(problems);
            }
            return new Grant(given, ids);
        }

        /** Refuses a region id the registry does not have as a region. */
        private void requireRegions(Snapshot snapshot) {
            List<Problem> problems = new ArrayList<>();
            for (String id : regions) {
                Optional<Unit> unit = snapshot.unit(id.strip());
                if (unit.isEmpty()) {
                    problems.add(Problem.inField("--region", "no region has the id '" + id + "'; the regions are the ids "
                            + "of /api/v1/regions, such as kalmar or halland"));
                } else if (!unit.get().kind().isTopLevel()) {
                    problems.add(Problem.inField("--region", "'" + id + "' is a unit within a region, not a region; an "
                            + "editor is given whole regions (such as kalmar)"));
                }
            }
            if (!problems.isEmpty()) {
                throw new BadInput(problems);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts with their roles, regions and state; never a password or its hash.")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registry;

        @Override
        public Integer call() {
            List<Account> accounts = AccountStore.use(spec, registry, store -> AccountStore.accounts(spec, store).list());
            PrintWriter out = spec.commandLine().getOut();
            if (accounts.isEmpty()) {
                out.println("no accounts yet; add one with: regionkarta users add NAME --role ROLE");
                return ExitCode.OK;
            }
            var clock = RegionkartaCommand.of(spec).clock();
            Columns table = new Columns("NAME", "ROLES", "STATE", "ADDED");
            for (Account a : accounts) {
                String state = a.disabled() ? "disabled" : a.lockout().lockedAt(clock.instant())
                        ? "locked until " + a.lockout().lockedUntil().atZone(clock.getZone()).toLocalTime().withNano(0) : "active";
                table.row(a.name(), a.grant().describe(), state, a.created().atZone(clock.getZone()).toLocalDate());
            }
            table.print(out, "");
            return ExitCode.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disables an account: it can no longer log in, and its sessions and API tokens stop working at once.")
    static final class Disable implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registry;

        @Parameters(index = "0", paramLabel = "NAME", description = "the account's name")
        String name;

        @Override
        public Integer call() {
            String said = AccountStore.use(spec, registry, store -> {
                Accounts accounts = AccountStore.accounts(spec, store);
                Account account = accounts.find(name).orElseThrow(() -> new CliException(ExitCode.NOT_FOUND,
                        "no account is named " + AccountName.normal(name) + "; regionkarta users list shows them"));
                if (account.disabled()) {
                    return "the account " + account.name() + " was already disabled";
                }
                accounts.disable(account);
                return "disabled the account " + account.name() + "; its sessions and API tokens no longer work";
            });
            spec.commandLine().getOut().println(said);
            return ExitCode.OK;
        }
    }
}
