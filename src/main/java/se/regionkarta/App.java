package se.regionkarta;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine;
import se.regionkarta.access.cli.TokensCommand;
import se.regionkarta.access.cli.UsersCommand;
import se.regionkarta.carechoice.cli.CompensateCommand;
import se.regionkarta.carechoice.cli.GeneratePopulationCommand;
import se.regionkarta.carechoice.cli.ListingsCommand;
import se.regionkarta.carechoice.cli.SchemesCommand;
import se.regionkarta.cli.ExportCommand;
import se.regionkarta.cli.LoadCommand;
import se.regionkarta.cli.RegionkartaCommand;
import se.regionkarta.cli.ServeCommand;
import se.regionkarta.cli.ValidateCommand;
import se.regionkarta.cooperation.cli.GenerateCareEventsCommand;
import se.regionkarta.cooperation.cli.RotationCommand;
import se.regionkarta.cooperation.cli.SettleCommand;
import se.regionkarta.elections.cli.CommitteeSeatsCommand;
import se.regionkarta.elections.cli.SeatsCommand;
import se.regionkarta.figures.cli.FiguresCommand;
import se.regionkarta.history.cli.ChangesCommand;
import se.regionkarta.history.cli.DiffCommand;
import se.regionkarta.history.cli.LineageCommand;
import se.regionkarta.politics.cli.BodiesCommand;
import se.regionkarta.provenance.cli.ConflictsCommand;
import se.regionkarta.registry.cli.ShowCommand;
import se.regionkarta.registry.cli.TreeCommand;

/**
 * The composition root: makes the one clock (Sweden's time: "today" is the day in Stockholm) and
 * starts the command line, whose commands read data through {@link SectionReaders} and serve through
 * {@link Server}. Nothing else reads the system clock.
 */
public final class App {

    /** The registry's time zone: a day is a day in Sweden. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private App() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(Clock.system(SWEDEN), System.in, true).execute(args));
    }

    /** Builds the command line with the system clock. */
    public static CommandLine commandLine() {
        return commandLine(Clock.system(SWEDEN));
    }

    /** Builds the command line with the given clock; unexpected failures print one line, not a stack trace. */
    public static CommandLine commandLine(Clock clock) {
        return commandLine(clock, System.in);
    }

    /** Builds the command line with the given clock and standard input (from which {@code users add} reads a password). */
    public static CommandLine commandLine(Clock clock, java.io.InputStream in) {
        return commandLine(clock, in, false);
    }

    /** Builds the command line; {@code ownProcess}: it is the process's own, so serve may start its server's JVM. */
    private static CommandLine commandLine(Clock clock, java.io.InputStream in, boolean ownProcess) {
        CommandLine cli = new CommandLine(new RegionkartaCommand(clock, SectionReaders::loader, Server::create, in,
                ownProcess));
        commands().forEach(cli::addSubcommand);
        cli.setExecutionExceptionHandler(RegionkartaCommand::handle);
        return cli;
    }

    /** Returns every command, in the order {@code --help} lists them. */
    private static List<Object> commands() {
        return List.of(new ValidateCommand(), new LoadCommand(), new TreeCommand(), new ShowCommand(), new FiguresCommand(),
                new BodiesCommand(), new ConflictsCommand(), new ExportCommand(), new ServeCommand(), new SeatsCommand(),
                new CommitteeSeatsCommand(), new LineageCommand(), new DiffCommand(), new ChangesCommand(),
                new SettleCommand(), new GenerateCareEventsCommand(), new RotationCommand(), new SchemesCommand(),
                new ListingsCommand(), new CompensateCommand(), new GeneratePopulationCommand(), new UsersCommand(),
                new TokensCommand());
    }
}
