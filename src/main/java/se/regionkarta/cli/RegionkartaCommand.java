package se.regionkarta.cli;

import picocli.CommandLine.Command;

@Command(name = "regionkarta", mixinStandardHelpOptions = true, version = "regionkarta 0.1.0",
        description = "An open, versioned registry of how Swedish regions are organised and governed.",
        subcommands = {ValidateCommand.class})
public final class RegionkartaCommand {
}
