package se.regionkarta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.dataset.LoadResult;
import se.regionkarta.store.ClosingRefused;
import se.regionkarta.store.ConcurrentChange;
import se.regionkarta.store.Store;
import se.regionkarta.store.SyncReport;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads a data directory (default: the bundled data set) into the store.",
            "The data are checked first; with any problem nothing is stored. Facts already stored as given are "
                    + "left alone, so loading the same data twice changes nothing. Facts the directory no longer "
                    + "holds are never erased: a dated fact is closed today, any other withdrawn, each with the "
                    + "reason in the change feed. A load that would end more than 25 facts or 5 % of the registry "
                    + "is refused unless --allow-closing is given."})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the data directory to load")
    Path directory;

    @Option(names = "--allow-closing", description = "close or withdraw the facts the directory no longer holds, "
            + "however many they are")
    boolean allowClosing;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadResult data = RegistryOptions.read(directory, spec.commandLine().getErr(), RegionkartaCommand.of(spec).loader());
        String origin = directory == null ? "bundled data set" : directory.toAbsolutePath().normalize().toString();
        try (Store store = Stores.open(registry.storeConfig(), RegionkartaCommand.of(spec).clock())) {
            SyncReport report = store.load(data.dataset(), data::fileOf, System.getProperty("user.name", "unknown"), origin,
                    allowClosing);
            out.printf("loaded %d facts into %s: %s%n", data.dataset().size(), registry.storeConfig().safeUrl(), report);
            ServeCommand.report(store.closeCompacting(), out);
        } catch (ClosingRefused e) {
            throw new CliException(ExitCode.USAGE, "load refused: " + e.getMessage() + ". Nothing was stored; if "
                    + origin + " is meant to hold that much less, load it again with --allow-closing");
        } catch (ConcurrentChange e) {
            throw new CliException(ExitCode.STORE_FAILURE, "another writer changed the store meanwhile; nothing was "
                    + "stored; run load again");
        }
        return ExitCode.OK;
    }
}
