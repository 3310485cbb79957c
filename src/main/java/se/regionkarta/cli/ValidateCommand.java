package se.regionkarta.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.dataset.DatasetLoader;
import se.regionkarta.dataset.LoadResult;
import se.regionkarta.input.Problem;

/** Checks a data directory and says what is wrong with it; it never loads anything, so it never says so. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a data directory (default: the bundled data set) and reports every problem with file and line.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the data directory to check")
    Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (directory != null && !Files.isDirectory(directory)) {
            err.println("regionkarta: not a directory: " + directory);
            return ExitCode.USAGE;
        }
        DatasetLoader loader = RegionkartaCommand.of(spec).loader();
        LoadResult result = directory == null ? loader.loadBundled() : loader.load(directory);
        String where = directory == null ? "the bundled data set" : directory.toString();
        if (result.noDataFiles()) {
            err.println("regionkarta: " + where + " holds no data files (*.yaml, *.yml, *.csv); there is nothing to check");
            return ExitCode.INVALID_DATA;
        }
        if (result.ok()) {
            out.printf("%s is valid: %s, %d facts%n", where, count(result.files(), "file"), result.dataset().size());
            return ExitCode.OK;
        }
        for (Problem p : result.problems()) {
            err.println(p);
        }
        err.printf("%s is not valid: %s in %s%n", where, count(result.problems().size(), "problem"),
                count(result.files(), "file"));
        return ExitCode.INVALID_DATA;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
