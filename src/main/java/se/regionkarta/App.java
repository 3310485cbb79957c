package se.regionkarta;

import picocli.CommandLine;
import se.regionkarta.cli.RegionkartaCommand;

/** Starts the command line; every command is a subcommand of {@link RegionkartaCommand}. */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Builds the command line; unexpected failures print one line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RegionkartaCommand());
        cli.setExecutionExceptionHandler(RegionkartaCommand::handle);
        return cli;
    }
}
