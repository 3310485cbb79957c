package se.regionkarta.elections.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.InputFiles;
import se.regionkarta.cli.PrettyJson;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.elections.ElectionReport;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.RegistrySeats;
import se.regionkarta.elections.VotesCsv;
import se.regionkarta.elections.VotesFile;
import se.regionkarta.input.BadInput;

@Command(name = "seats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Allocates the seats of a regional (or municipal) assembly from the votes, as the Elections Act "
                + "(2005:837) 14 kap. prescribes: fixed seats per constituency, the threshold, the modified odd-number "
                + "method, surplus returned and adjustment seats (docs/elections.md).",
            "FILE is CSV with the header valkrets,rostberattigade,fasta_mandat,party,votes."})
public final class SeatsCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--votes", required = true, paramLabel = "FILE", description = "the votes per constituency and party (UTF-8 CSV)")
    Path votes;

    @Option(names = "--seats", required = true, paramLabel = "N", description = "the size of the assembly")
    int seats;

    @Option(names = "--threshold", paramLabel = "PERCENT", description = "share of all valid votes a party needs (default: 3)")
    BigDecimal threshold;

    @Option(names = "--fixed-seats", paramLabel = "N", description = "how many seats are fixed constituency seats, when the "
            + "file gives eligible voters but not fasta_mandat (default: nine tenths of the seats)")
    Integer fixedSeats;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the lot that decides ties, to repeat a run (default: 1)")
    long seed = 1;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text)")
    Format format = Format.text;

    @Option(names = "--emit-data", description = "print the result as rows of the registry's seats.csv instead "
            + "(needs --body, --term and --source; docs/elections.md)")
    boolean emitData;

    @Option(names = "--body", paramLabel = "ID", description = "with --emit-data: the assembly, e.g. ostergotland.rf")
    String body;

    @Option(names = "--term", paramLabel = "YYYY-YYYY", description = "with --emit-data: the term of office, e.g. 2022-2026")
    String term;

    @Option(names = "--source", paramLabel = "ID", description = "with --emit-data: the source of the votes, as in sources.yaml")
    String source;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() throws IOException {
        InputFiles.requireRange("--seats", seats, 1, Elections.MAX_SEATS);
        if (fixedSeats != null) {
            InputFiles.requireRange("--fixed-seats", fixedSeats, 1, seats);
        }
        if (threshold != null && (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw BadInput.field("--threshold", "--threshold must be a percentage from 0 to 100, got " + threshold);
        }
        requireEmitOptions();
        VotesFile file = VotesCsv.read(InputFiles.read(votes), votes.toString());
        ElectionReport report = Elections.allocateSeats(file, seats, fixedSeats, threshold, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (emitData) {
            emit(report, out);
        } else if (format == Format.json) {
            out.println(PrettyJson.of(report));
        } else {
            SeatsText.print(report, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void requireEmitOptions() {
        boolean any = body != null || term != null || source != null;
        if (!emitData && any) {
            throw BadInput.of("--body, --term and --source go with --emit-data");
        }
        if (emitData && (body == null || term == null || source == null)) {
            throw BadInput.of("--emit-data needs --body, --term and --source");
        }
        if (emitData) {
            requireId("--body", body);
            if (!RegistrySeats.isTerm(term)) {
                throw BadInput.field("--term", "--term must be written YYYY-YYYY, the first year before the second, got '"
                        + term + "'");
            }
            requireId("--source", RegistrySeats.sourceId(source));
        }
    }

    private static void requireId(String option, String id) {
        if (!RegistrySeats.isId(id)) {
            throw BadInput.field(option, option + " must be an id of lower-case letters, digits, '.' and '-', got '" + id + "'");
        }
    }

    private void emit(ElectionReport report, PrintWriter out) throws IOException {
        List<List<String>> rows = RegistrySeats.rows(report, body, term, source);
        RegistryCheck.warn(registry.snapshot(spec.commandLine().getErr()), report, body, term, source,
                spec.commandLine().getErr());
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        csv.printRecord(RegistrySeats.HEADER);
        for (List<String> row : rows) {
            csv.printRecord(row);
        }
        csv.flush();
    }

}
