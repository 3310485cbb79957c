package se.regionkarta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

@Command(name = "regionkarta", mixinStandardHelpOptions = true, version = "regionkarta 0.1.0",
        description = "An open, versioned registry of how Swedish regions are organised and governed.",
        subcommands = {ValidateCommand.class, LoadCommand.class, TreeCommand.class, ShowCommand.class,
            FiguresCommand.class, BodiesCommand.class, ConflictsCommand.class, ExportCommand.class, ServeCommand.class,
            SeatsCommand.class, CommitteeSeatsCommand.class, LineageCommand.class, DiffCommand.class, ChangesCommand.class, SettleCommand.class, GenerateCareEventsCommand.class, RotationCommand.class, SchemesCommand.class,
            ListingsCommand.class, CompensateCommand.class, GeneratePopulationCommand.class})
public final class RegionkartaCommand {

    /** Turns a failed command into one line on standard error and its exit code; never a stack trace. */
    public static int handle(Exception e, CommandLine line, ParseResult parsed) {
        if (e instanceof CliException cli) {
            line.getErr().println("regionkarta: " + cli.getMessage());
            return cli.exitCode();
        }
        line.getErr().println("regionkarta: internal error: " + e);
        return ExitCode.INTERNAL;
    }
}
