package se.regionkarta.cli;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import se.regionkarta.access.Access;
import se.regionkarta.dataset.DatasetLoader;
import se.regionkarta.input.BadInput;
import se.regionkarta.web.ErrorId;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.PublicAddress;

/**
 * The command line's root: every command is one of its subcommands (the composition root adds
 * them), and it holds what the composition root gives them all — the clock that says what day it is in Sweden, the reader of
 * data directories and the web server — so that no command decides those for itself.
 */
@Command(name = "regionkarta", mixinStandardHelpOptions = true, version = "regionkarta 0.1.0",
        description = "An open, versioned registry of how Swedish regions are organised and governed.")
public final class RegionkartaCommand {

    private final Clock clock;
    private final Supplier<DatasetLoader> loader;
    private final ServerFactory server;
    private final ErrorLog errorLog = ErrorLog.ofSystem();
    private final InputStream in;
    private final boolean ownProcess;

    /**
     * @param clock a clock in Europe/Stockholm
     * @param loader makes the reader of data directories
     * @param server creates (not starts) the web server of a registry
     */
    public RegionkartaCommand(Clock clock, Supplier<DatasetLoader> loader, ServerFactory server) {
        this(clock, loader, server, System.in);
    }

    /** @param in standard input, from which commands read what is not given as an argument (a password) */
    public RegionkartaCommand(Clock clock, Supplier<DatasetLoader> loader, ServerFactory server,
            InputStream in) {
        this(clock, loader, server, in, false);
    }

    /**
     * @param ownProcess true when the command line is the process's own ({@code main}): {@code serve} may
     *     then start its server in a JVM of its own with the heap budget; false in a test's JVM
     */
    public RegionkartaCommand(Clock clock, Supplier<DatasetLoader> loader, ServerFactory server,
            InputStream in, boolean ownProcess) {
        this.clock = clock;
        this.loader = loader;
        this.server = server;
        this.in = in;
        this.ownProcess = ownProcess;
    }

    /** Tells whether this command line runs as the process's own, from {@code main}. */
    boolean ownProcess() {
        return ownProcess;
    }

    /** Returns the root of the command line a command runs in. */
    public static RegionkartaCommand of(CommandSpec spec) {
        return (RegionkartaCommand) spec.root().userObject();
    }

    public Clock clock() {
        return clock;
    }

    /** Returns today in Sweden. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Returns standard input: the process's, or what a test gives. */
    public InputStream in() {
        return in;
    }

    public DatasetLoader loader() {
        return loader.get();
    }

    Javalin server(LiveRegistry registry, Access access, PublicAddress address) {
        return server.create(registry, clock, access, address);
    }

    /**
     * Creates (not starts) the web server of a registry, with who may log in, how requests show who
     * they are, and the public address of its absolute links.
     */
    @FunctionalInterface
    public interface ServerFactory {
        Javalin create(LiveRegistry registry, Clock clock, Access access, PublicAddress address);
    }

    /**
     * Turns a failed command into lines on standard error and its exit code; never a stack trace.
     * This is the command line's one answer to refused input: every {@link BadInput} (an option, a
     * file, a line of it), wherever thrown, is one {@code regionkarta: FILE:LINE: message} line a
     * problem and exit 2; commands do not catch it. An unexpected failure is logged with a new id
     * ({@link ErrorLog}) and the person is told the id and where the details are: exit 70.
     */
    public static int handle(Exception e, CommandLine line, ParseResult parsed) {
        if (e instanceof BadInput bad) {
            bad.problems().forEach(p -> line.getErr().println("regionkarta: " + p));
            return ExitCode.USAGE;
        }
        if (e instanceof CliException cli) {
            line.getErr().println("regionkarta: " + cli.getMessage());
            return cli.exitCode();
        }
        return of(line.getCommandSpec()).failed(e, parsed, line.getErr());
    }

    private int failed(Exception e, ParseResult parsed, PrintWriter err) {
        String id = ErrorId.next();
        ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        // the command's own home, where the store is, so that the log is found beside it
        Object home = command.hasMatchedOption("--home") ? command.matchedOption("--home").getValue() : null;
        Optional<Path> log = errorLog.write(home == null ? null : Path.of(home.toString()), id, clock.instant(),
                command.commandSpec().qualifiedName(), e);
        err.println("regionkarta: internal error " + id + log.map(f -> "; details in " + f)
                .orElse("; its details could not be written to a log"));
        return ExitCode.INTERNAL;
    }
}
