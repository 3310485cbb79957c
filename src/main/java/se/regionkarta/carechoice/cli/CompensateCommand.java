package se.regionkarta.carechoice.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.carechoice.CompensationJson;
import se.regionkarta.carechoice.compensation.Compensation;
import se.regionkarta.carechoice.compensation.Compensator;
import se.regionkarta.carechoice.compensation.HomeAreas;
import se.regionkarta.carechoice.compensation.ModelFile;
import se.regionkarta.carechoice.compensation.Population;
import se.regionkarta.carechoice.compensation.ProvidersCsv;
import se.regionkarta.carechoice.compensation.VisitsCsv;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.carechoice.compensation.model.WhatIf;
import se.regionkarta.carechoice.compensation.model.WhatIfResult;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.input.BadInput;
import se.regionkarta.json.Json;

@Command(name = "compensate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Settles a month of a care-choice scheme: what each provider is paid, from the listings valid on each "
                + "day of the month, by a compensation model file: capitation by age band (and sex) × the home area's care "
                + "need index, pro rata per day listed; fixed amounts per unit pro rata per day open; visit fees "
                + "(docs/carechoice.md). Amounts are exact and rounded once per provider, half up.",
            "Exit codes: 0 settled, 2 a bad option or input file (each problem on a line FILE:LINE: message)."})
public final class CompensateCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month to settle")
    String month;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "the compensation model (YAML)")
    Path model;

    @Option(names = "--residents", required = true, paramLabel = "FILE", description = "the residents (CSV)")
    Path residents;

    @Option(names = "--listings", required = true, paramLabel = "FILE", description = "the listings (CSV)")
    Path listings;

    @Option(names = "--areas", paramLabel = "FILE", description = "home areas and their care need index (CSV); needed when "
            + "the model uses the index")
    Path areas;

    @Option(names = "--providers", paramLabel = "FILE", description = "providers and the days they are open (CSV); without "
            + "it every provider of the month's listings is taken as open all month")
    Path providers;

    @Option(names = "--visits", paramLabel = "FILE", description = "visit counts per provider and day (CSV)")
    Path visits;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text)")
    Format format = Format.text;

    @Option(names = "--bands", description = "text: show each provider's lines (age bands, fixed, visits)")
    boolean bands;

    @Option(names = "--what-if", paramLabel = "N:A→B:DATE", description = "also show how A's and B's payments change if the N "
            + "residents with the lowest ids listed with A on DATE are listed with B from DATE on (ASCII: N:A->B:DATE)")
    String whatIf;

    @Option(names = "--threads", paramLabel = "N", description = "threads reading the files (default: 2)")
    Integer threads;

    @Override
    public Integer call() {
        YearMonth settled = CompensateInput.month(month);
        int threadCount = CompensateInput.threads(threads);
        WhatIf question = whatIf == null ? null : WhatIf.parse(whatIf, "--what-if");
        CompensateInput.existing(residents, "--residents");
        CompensateInput.existing(listings, "--listings");
        CompensationModel compensationModel = CompensateInput.read(() -> ModelFile.read(CompensateInput.existing(model, "--model")));
        Compensator.requirePayable(compensationModel, settled, areas != null, "--month", "--areas");
        HomeAreas homeAreas = areas == null ? null : CompensateInput.read(() -> HomeAreas.read(CompensateInput.existing(areas, "--areas")));
        List<Provider> providerList = providers == null ? null
                : CompensateInput.read(() -> ProvidersCsv.read(CompensateInput.existing(providers, "--providers")));
        List<VisitCount> visitList = visits == null ? List.of()
                : CompensateInput.read(() -> VisitsCsv.read(CompensateInput.existing(visits, "--visits")));
        Compensator engine = new Compensator(compensationModel, homeAreas, providerList, visitList);
        Population population = CompensateInput.read(() -> Population.read(residents, homeAreas, threadCount));
        Compensation result;
        WhatIfResult answer = null;
        try {
            if (question == null) {
                result = CompensateInput.read(() -> engine.settle(settled, population, listings, threadCount));
            } else {
                var loaded = CompensateInput.read(() -> engine.load(population, listings, threadCount));
                result = CompensateInput.read(() -> engine.settle(settled, population, loaded, threadCount));
                answer = CompensateInput.read(() -> engine.whatIf(settled, population, loaded, question, "--what-if", threadCount));
            }
        } catch (ArithmeticException e) {
            // sums are exact 64-bit öre, and overflow only with amounts in the model no real scheme pays
            throw BadInput.field("--model", "the amounts are too large to add up in öre");
        }
        CompensateReport report = new CompensateReport(model.toString(), residents.toString(), listings.toString(),
                compensationModel, result, answer);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(report));
        } else {
            CompensateText.print(report, bands, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Writes the report as the JSON the API's POST /api/v1/compensations also answers with. */
    private static String json(CompensateReport r) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    CompensationJson.of(r.modelFile(), r.model(), r.compensation(), r.whatIf()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
