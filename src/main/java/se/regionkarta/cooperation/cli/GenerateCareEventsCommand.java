package se.regionkarta.cooperation.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.InputFiles;
import se.regionkarta.cli.OutputFile;
import se.regionkarta.cli.RegionkartaCommand;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cooperation.settlement.CareEventGenerator;
import se.regionkarta.cooperation.settlement.model.PriceLists;

@Command(name = "generate-care-events", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes synthetic care events sold between regions as CSV for the settle command, with no "
                + "personal data: home regions by population, most care at the university hospital of the home "
                + "region's healthcare region, visits, inpatient days and DRG episodes over the year "
                + "(docs/settlement.md). The same options always give the same file."})
public final class GenerateCareEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "N", description = "how many events to write")
    long events;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "the year the events are dated in")
    int year;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the random choices (default: 1)")
    long seed = 1;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the events")
    Path out;

    @Option(names = "--prices-out", paramLabel = "FILE", description = "also write matching price lists (the year and the one before)")
    Path pricesOut;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() throws IOException {
        InputFiles.requireRange("--events", events, 0, 1_000_000_000L);
        InputFiles.requireRange("--year", year, 1901, 9998);
        long started = System.nanoTime();
        SettleRegistry facts = new SettleRegistry(registry.snapshot(spec.commandLine().getErr()).dataset(),
                RegionkartaCommand.of(spec).today());
        CareEventGenerator generator = new CareEventGenerator(facts.geography());
        OutputFile.write(out, "--out", bytes -> {
            OutputStream file = new BufferedOutputStream(bytes, 1 << 16);
            generator.write(file, events, year, seed);
            file.flush();
        });
        PrintWriter report = spec.commandLine().getOut();
        report.printf("wrote %s events dated %d to %s in %.1f s%n", SettleText.n(events), year, out,
                (System.nanoTime() - started) / 1e9);
        if (pricesOut != null) {
            PriceLists lists = generator.priceLists(year);
            OutputFile.write(pricesOut, "--prices-out", bytes -> CareEventGenerator.writePrices(lists, bytes));
            report.printf("wrote %d price lists to %s%n", lists.versions().size(), pricesOut);
        }
        report.flush();
        return ExitCode.OK;
    }
}
