package se.regionkarta.elections.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.InputFiles;
import se.regionkarta.cli.PrettyJson;
import se.regionkarta.elections.CommitteeReport;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.GroupsCsv;
import se.regionkarta.elections.model.Group;

@Command(name = "committee-seats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fills a committee (or any body an assembly elects) by proportional election, Act 1992:339: the "
                + "largest-number method (d'Hondt) between groups of ballots, joint lists (valkartell), ties by lot.",
            "FILE is CSV with the header group,ballots and an optional cartel column naming a group's joint list."})
public final class CommitteeSeatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--groups", required = true, paramLabel = "FILE", description = "the groups of ballots (UTF-8 CSV)")
    Path groups;

    @Option(names = "--seats", required = true, paramLabel = "N", description = "how many seats to fill")
    int seats;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the lot that decides ties, to repeat a run (default: 1)")
    long seed = 1;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text)")
    SeatsCommand.Format format = SeatsCommand.Format.text;

    @Option(names = "--present", paramLabel = "M", description = "members present: also print how many of them must ask "
            + "for the election to be proportional")
    Integer present;

    @Override
    public Integer call() {
        InputFiles.requireRange("--seats", seats, 1, Elections.MAX_SEATS);
        if (present != null) {
            InputFiles.requireRange("--present", present, 1, 100_000);
        }
        List<Group> list = GroupsCsv.read(InputFiles.read(groups), groups.toString());
        CommitteeReport report = Elections.fillCommittee(list, groups.toString(), seats, seed, present);
        PrintWriter out = spec.commandLine().getOut();
        if (format == SeatsCommand.Format.json) {
            out.println(PrettyJson.of(report));
        } else {
            CommitteeText.print(report, out);
        }
        out.flush();
        return ExitCode.OK;
    }
}
