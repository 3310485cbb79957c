package se.regionkarta.carechoice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.carechoice.compensation.PopulationGenerator;
import se.regionkarta.carechoice.compensation.model.Ore;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.InputFiles;
import se.regionkarta.cli.OutputFile;
import se.regionkarta.input.BadInput;

@Command(name = "generate-population", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a synthetic county for the care-choice commands, with no personal data: residents (an "
                + "anonymous number, year of birth, sex, home area) with an age pyramid of Sweden's shape, home areas with a "
                + "care need index, health centres (some opening or closing during the year), a year of listing changes, visit "
                + "counts and the illustrative compensation model (docs/carechoice.md). The same options always give the same "
                + "files."})
public final class GeneratePopulationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--residents", required = true, paramLabel = "N", description = "how many residents")
    int residents;

    @Option(names = "--changes", required = true, paramLabel = "M", description = "how many listing changes in the year")
    long changes;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "the year of the changes")
    int year;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the random choices (default: 1)")
    long seed = 1;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to write the files into")
    Path out;

    @Override
    public Integer call() {
        InputFiles.requireRange("--residents", residents, 1, 100_000_000);
        InputFiles.requireRange("--changes", changes, 0, 50L * residents);
        InputFiles.requireRange("--year", year, 1900, 9000);
        long started = System.nanoTime();
        PopulationGenerator.Summary s;
        try {
            s = new PopulationGenerator().write(OutputFile.folder(out, "--out"), residents, changes, year, seed);
        } catch (IOException e) {
            throw BadInput.of("cannot write into " + out + ": " + e.getMessage());
        }
        PrintWriter report = spec.commandLine().getOut();
        report.printf("wrote %s residents (%s listed), %s listings with %s changes, %s home areas, %s health centres and %s rows "
                + "of visits to %s in %.1f s%n", Ore.group(s.residents()), Ore.group(s.listed()), Ore.group(s.listings()),
                Ore.group(s.changes()), Ore.group(s.areas()), Ore.group(s.providers()), Ore.group(s.visitRows()), out,
                (System.nanoTime() - started) / 1e9);
        report.printf("files: %s, %s, %s, %s, %s, %s (scheme %s)%n", PopulationGenerator.RESIDENTS, PopulationGenerator.LISTINGS,
                PopulationGenerator.AREAS, PopulationGenerator.PROVIDERS, PopulationGenerator.VISITS, PopulationGenerator.MODEL,
                PopulationGenerator.SCHEME);
        report.flush();
        return ExitCode.OK;
    }
}
