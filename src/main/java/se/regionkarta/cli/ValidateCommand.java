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
        if (result.ok()) {
            out.printf("%s is valid: %d files, %d facts%n", where, result.files(), result.dataset().size());
            return ExitCode.OK;
        }
        for (Problem p : result.problems()) {
            err.println(p);
        }
        long count = result.problems().stream().filter(p -> p.line() > 0 || !p.file().startsWith("(")).count();
        err.printf("%s was rejected: %d problem(s) in %d files; nothing was loaded%n", where, count, result.files());
        return ExitCode.INVALID_DATA;
    }
}
