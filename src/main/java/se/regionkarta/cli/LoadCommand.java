package se.regionkarta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.store.Store;
import se.regionkarta.store.SyncReport;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads a data directory (default: the bundled data set) into the store.",
            "The data are checked first; with any problem nothing is stored. Facts already stored as given are "
                    + "left alone, so loading the same data twice changes nothing."})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the data directory to load")
    Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Dataset dataset = RegistryOptions.readData(directory, spec.commandLine().getErr(), RegionkartaCommand.of(spec).loader());
        try (Store store = Stores.open(registry.storeConfig(), RegionkartaCommand.of(spec).clock())) {
            String origin = directory == null ? "bundled data set" : directory.toAbsolutePath().normalize().toString();
            SyncReport report = store.sync(dataset, System.getProperty("user.name", "unknown"), origin);
            out.printf("loaded %d facts into %s: %s%n", dataset.size(), registry.storeConfig().safeUrl(), report);
        }
        return ExitCode.OK;
    }
}
