package se.regionkarta.carechoice.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.carechoice.compensation.ListingCounts;
import se.regionkarta.carechoice.compensation.ModelFile;
import se.regionkarta.carechoice.compensation.Population;
import se.regionkarta.carechoice.compensation.model.AgeBand;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.Ore;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.RegionkartaCommand;
import se.regionkarta.input.BadInput;
import se.regionkarta.json.Json;

@Command(name = "listings", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Counts the residents listed with each provider of each care-choice scheme on a day, by age band "
                + "(the age turned that year), from a residents and a listings file (docs/carechoice.md).",
            "Exit codes: 0 counted, 2 a bad option or input file (the message gives FILE:LINE:)."})
public final class ListingsCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--residents", required = true, paramLabel = "FILE", description = "the residents (CSV)")
    Path residents;

    @Option(names = "--listings", required = true, paramLabel = "FILE", description = "the listings (CSV)")
    Path listings;

    @Option(names = "--on", paramLabel = "DATE", description = "the day (default: today, in Swedish time)")
    String on;

    @Option(names = "--provider", paramLabel = "ID", description = "count only this provider")
    String provider;

    @Option(names = "--model", paramLabel = "FILE", description = "use the age bands of this compensation model's version "
            + "valid on the day (default: 0, 1–4, 5–14, 15–24, 25–44, 45–64, 65–74, 75–84, 85+)")
    Path model;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text)")
    Format format = Format.text;

    @Option(names = "--threads", paramLabel = "N", description = "threads reading the files (default: 2)")
    Integer threads;

    @Override
    public Integer call() {
        LocalDate day = on == null ? RegionkartaCommand.of(spec).today() : CompensateInput.day(on, "--on");
        int threadCount = CompensateInput.threads(threads);
        List<AgeBand> bands = bands(day);
        CompensateInput.existing(residents, "--residents");
        CompensateInput.existing(listings, "--listings");
        Population population = CompensateInput.read(() -> Population.read(residents, null, threadCount));
        ListingCounts counts = CompensateInput.read(() -> ListingCounts.count(listings, population, day, bands, provider, threadCount));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(counts));
        } else {
            text(counts, population, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private List<AgeBand> bands(LocalDate day) {
        if (model == null) {
            return ListingCounts.DEFAULT_BANDS;
        }
        CompensationModel m = CompensateInput.read(() -> ModelFile.read(CompensateInput.existing(model, "--model")));
        ModelVersion version = m.versions().stream().filter(v -> !day.isBefore(v.validFrom())
                && (v.validUntil() == null || !day.isAfter(v.validUntil()))).findFirst().orElseThrow(() ->
                BadInput.of("--model: the model " + m.id() + " has no version valid on " + day));
        return version.bands();
    }

    private void text(ListingCounts counts, Population population, PrintWriter out) {
        out.printf("Residents listed on %s, by age band (the age turned in %d)%n", counts.day(), counts.day().getYear());
        out.printf("residents  %s: %s%n", residents, Ore.group(population.size()));
        out.printf("listings   %s: %s rows%n%n", listings, Ore.group(counts.listingRows()));
        StringBuilder head = new StringBuilder(String.format("%-20s %-16s", "scheme", "provider"));
        counts.bands().forEach(b -> head.append(String.format(" %9s", b.label())));
        boolean others = counts.rows().stream().anyMatch(r -> r.otherAges() > 0);
        if (others) {
            head.append(String.format(" %9s", "other"));
        }
        out.println(head.append(String.format(" %11s", "total")));
        long[] sums = new long[counts.bands().size() + 2];
        for (ListingCounts.Row row : counts.rows()) {
            StringBuilder line = new StringBuilder(String.format("%-20s %-16s", row.scheme(), row.provider()));
            for (int b = 0; b < row.byBand().length; b++) {
                line.append(String.format(" %9s", Ore.group(row.byBand()[b])));
                sums[b] += row.byBand()[b];
            }
            sums[sums.length - 2] += row.otherAges();
            sums[sums.length - 1] += row.total();
            if (others) {
                line.append(String.format(" %9s", Ore.group(row.otherAges())));
            }
            out.println(line.append(String.format(" %11s", Ore.group(row.total()))));
        }
        StringBuilder total = new StringBuilder(String.format("%-20s %-16s", "total", ""));
        for (int b = 0; b < counts.bands().size(); b++) {
            total.append(String.format(" %9s", Ore.group(sums[b])));
        }
        if (others) {
            total.append(String.format(" %9s", Ore.group(sums[sums.length - 2])));
        }
        out.println(total.append(String.format(" %11s", Ore.group(sums[sums.length - 1]))));
    }

    private static String json(ListingCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("day", counts.day().toString());
        json.put("ages", counts.bands().stream().map(AgeBand::label).toList());
        List<Object> rows = new ArrayList<>();
        for (ListingCounts.Row row : counts.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("scheme", row.scheme());
            r.put("provider", row.provider());
            r.put("byAge", row.byBand());
            r.put("otherAges", row.otherAges());
            r.put("total", row.total());
            rows.add(r);
        }
        json.put("providers", rows);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
