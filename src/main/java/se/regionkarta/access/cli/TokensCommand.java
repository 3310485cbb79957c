package se.regionkarta.access.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Account;
import se.regionkarta.access.model.AccountName;
import se.regionkarta.access.model.ApiToken;
import se.regionkarta.cli.CliException;
import se.regionkarta.cli.Columns;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.RegionkartaCommand;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.input.BadInput;

/** API tokens for machine clients: {@code tokens create NAME}, {@code tokens revoke ID}, {@code tokens list} (issue 12). */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "API tokens for machine clients, each acting as an account: create one (shown once), revoke one, list them.",
        subcommands = {TokensCommand.Create.class, TokensCommand.Revoke.class, TokensCommand.ListTokens.class})
public final class TokensCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Makes an API token that acts as the account, with its roles and regions as they are at each request.",
                "The token is printed once, alone on standard output; only its hash is kept. Send it as Authorization: Bearer TOKEN."})
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registry;

        @Parameters(index = "0", paramLabel = "NAME", description = "the account the token acts as")
        String name;

        @Override
        public Integer call() {
            Accounts.IssuedToken issued = AccountStore.use(spec, registry, store -> {
                Accounts accounts = AccountStore.accounts(spec, store);
                Account account = accounts.find(name).orElseThrow(() -> new CliException(ExitCode.NOT_FOUND,
                        "no account is named " + AccountName.normal(name) + "; add it first with regionkarta users add"));
                if (account.disabled()) {
                    throw BadInput.field("NAME", "the account " + account.name() + " is disabled; a token of it would not work");
                }
                return accounts.createToken(account);
            });
            spec.commandLine().getOut().println(issued.token());
            spec.commandLine().getErr().println("regionkarta: made token " + issued.id() + " for " + AccountName.normal(name)
                    + "; it is shown only this once (revoke it with: regionkarta tokens revoke " + issued.id() + ")");
            return ExitCode.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes an API token: requests carrying it are refused from now on.")
    static final class Revoke implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registry;

        @Parameters(index = "0", paramLabel = "ID", description = "the token's number, as tokens create and tokens list show it")
        String id;

        @Override
        public Integer call() {
            if (!id.strip().matches("[0-9]{1,18}")) {
                throw BadInput.field("ID", "a token's id is its number, as tokens list shows it; got '" + id + "'");
            }
            long number = Long.parseLong(id.strip());
            Accounts.Revoked result = AccountStore.use(spec, registry,
                    store -> AccountStore.accounts(spec, store).revokeToken(number));
            if (result == Accounts.Revoked.NO_SUCH_TOKEN) {
                throw new CliException(ExitCode.NOT_FOUND, "no API token has the id " + number + "; regionkarta tokens list shows them");
            }
            spec.commandLine().getOut().println(result == Accounts.Revoked.REVOKED ? "revoked token " + number
                    : "token " + number + " was already revoked");
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the API tokens: id, account, when made and revoked; never a token.")
    static final class ListTokens implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RegistryOptions registry;

        @Override
        public Integer call() {
            List<ApiToken> tokens = AccountStore.use(spec, registry, store -> AccountStore.accounts(spec, store).tokens());
            PrintWriter out = spec.commandLine().getOut();
            var zone = RegionkartaCommand.of(spec).clock().getZone();
            Columns table = new Columns("ID", "ACCOUNT", "MADE", "REVOKED");
            tokens.forEach(t -> table.row(t.id(), t.account(), t.created().atZone(zone).toLocalDate(),
                    t.revoked() == null ? "" : t.revoked().atZone(zone).toLocalDate()));
            if (tokens.isEmpty()) {
                out.println("no API tokens yet; make one with: regionkarta tokens create NAME");
            } else {
                table.print(out, "");
            }
            return ExitCode.OK;
        }
    }
}
