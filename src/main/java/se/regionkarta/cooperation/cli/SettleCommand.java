package se.regionkarta.cooperation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.InputFiles;
import se.regionkarta.cli.PrettyJson;
import se.regionkarta.cli.RegionkartaCommand;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cooperation.SettlementJson;
import se.regionkarta.cooperation.SettlementReport;
import se.regionkarta.cooperation.SharedBudget;
import se.regionkarta.cooperation.settlement.PricesCsv;
import se.regionkarta.cooperation.settlement.Settler;
import se.regionkarta.cooperation.settlement.model.BudgetShares;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Sek;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Days;

@Command(name = "settle", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Settles care sold between regions: for each pair of regions and month, what the home region owes "
                + "the providing region, line by line, priced by the price list valid on each event's date "
                + "(docs/settlement.md). Events that cannot be priced are listed with their line; they do not stop the "
                + "run unless --strict is given.",
            "Exit codes: 0 settled, 1 with --strict when some event was not priced, 2 a bad option or file."})
public final class SettleCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    /** The keys by which a budget can be shared. */
    enum Key { population, equal }

    @Spec
    CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "the care events (CSV, docs/settlement.md)")
    Path events;

    @Option(names = "--prices", required = true, paramLabel = "FILE", description = "the price lists (CSV, docs/settlement.md)")
    Path prices;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "settle only events dated in this month")
    String month;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text)")
    Format format = Format.text;

    @Option(names = "--lines", description = "text: show the line items under each pair of regions and month")
    boolean lines;

    @Option(names = "--show", paramLabel = "N", description = "list at most N events not priced (default: 20; all are counted)")
    int show = 20;

    @Option(names = "--strict", description = "end with exit code 1 if any event could not be priced")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "threads reading the file (default: 2, at most the processors)")
    Integer threads;

    @Option(names = "--budget", paramLabel = "SEK", description = "also share this jointly funded budget between regions")
    String budget;

    @Option(names = "--key", paramLabel = "KEY", description = "with --budget: population (the registry's latest figures) "
            + "or equal (default: population)")
    Key key;

    @Option(names = "--budget-regions", split = ",", paramLabel = "ID", description = "with --budget: the regions that "
            + "share it, e.g. ostergotland,jonkoping,kalmar (default: all regions)")
    List<String> budgetRegions;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() throws IOException {
        YearMonth only = month();
        long budgetOre = budgetOre();
        InputFiles.requireRange("--show", show, 0, 1_000_000);
        int threadCount = threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
        InputFiles.requireRange("--threads", threadCount, 1, 64);
        PrintWriter err = spec.commandLine().getErr();
        PriceLists lists = PricesCsv.read(InputFiles.read(prices), prices.toString());
        SettleRegistry facts = new SettleRegistry(registry.snapshot(err).dataset(), RegionkartaCommand.of(spec).today());
        List<String> regions = facts.regionIds();
        SharedBudget shares = budgetOre < 0 ? null : shares(budgetOre, facts, regions);
        if (!Files.isRegularFile(events)) {
            throw BadInput.of("no such file: " + events);
        }
        Settlement settlement = new Settler(regions, lists, show).settle(events, events.toString(), only, threadCount);
        PrintWriter out = spec.commandLine().getOut();
        SettlementReport report = new SettlementReport(events.toString(), prices.toString(), only, lists, settlement, shares);
        if (format == Format.json) {
            out.println(PrettyJson.of(SettlementJson.of(report)));
        } else {
            SettleText.print(report, lines, out);
        }
        out.flush();
        return strict && settlement.unpriced().count() > 0 ? ExitCode.INVALID_DATA : ExitCode.OK;
    }

    private YearMonth month() {
        if (month == null) {
            return null;
        }
        return Days.readMonth(month).orElseThrow(() ->
                BadInput.field("--month", "--month must be a month written YYYY-MM, got '" + month + "'"));
    }

    /** Returns the budget in öre, or -1 when none was given. */
    private long budgetOre() {
        if (budget == null) {
            if (key != null || budgetRegions != null) {
                throw BadInput.of("--key and --budget-regions go with --budget");
            }
            return -1;
        }
        try {
            return Sek.parse(budget);
        } catch (IllegalArgumentException e) { // Sek.parse refuses what is not an amount; here that is the option's value
            throw BadInput.field("--budget", e.getMessage());
        }
    }

    private SharedBudget shares(long budgetOre, SettleRegistry facts, List<String> regions) {
        List<String> sharing = budgetRegions == null ? regions : budgetRegions;
        Key by = key == null ? Key.population : key;
        List<BudgetShares.Weight> weights = new ArrayList<>();
        List<KeyFigure> figures = new ArrayList<>();
        for (String region : sharing) {
            if (!regions.contains(region)) {
                throw BadInput.field("--budget-regions", "no region '" + region + "' in the registry");
            }
            if (by == Key.equal) {
                weights.add(new BudgetShares.Weight(region, 1));
                continue;
            }
            KeyFigure figure = facts.population(region).orElseThrow(() -> BadInput.field("--key",
                    "--key population: the registry has no population of " + region));
            figures.add(figure);
            weights.add(new BudgetShares.Weight(region, figure.value().longValueExact()));
        }
        try {
            return new SharedBudget(budgetOre, by.name(), BudgetShares.share(budgetOre, weights), figures);
        } catch (IllegalArgumentException e) { // the rule refuses a key of the regions given: no weight, or one twice
            throw BadInput.field("--budget", e.getMessage());
        }
    }
}
