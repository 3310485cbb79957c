package se.regionkarta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.dataset.DatasetLoader;
import se.regionkarta.dataset.LoadResult;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.history.Change;
import se.regionkarta.input.BadInput;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.SnapshotFile;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.store.StoreContents;
import se.regionkarta.store.SyncReport;

/**
 * Where the commands read the registry from: the store (the default: an H2 file database in
 * {@code --home}, or PostgreSQL given by {@code --db}), or a data directory read directly with
 * {@code --data}. An empty store is first loaded with the bundled data set.
 */
public final class RegistryOptions {

    /** The command this mixin belongs to, whose root holds the clock and the reader of data directories. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--home", paramLabel = "DIR", description = "directory of the embedded database "
            + "(default: $REGIONKARTA_HOME, else $XDG_DATA_HOME/regionkarta, else ~/.local/share/regionkarta)")
    Path home;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "a PostgreSQL (or H2) JDBC URL instead of the "
            + "embedded database (default: $REGIONKARTA_DB)")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user (default: $REGIONKARTA_DB_USER)")
    String dbUser;

    @Option(names = "--data", paramLabel = "DIR", description = "read this data directory directly instead of the store")
    public Path data;

    /** Returns the store's configuration; the password comes only from $REGIONKARTA_DB_PASSWORD, never the command line. */
    StoreConfig storeConfig() {
        String url = db != null ? db : System.getenv("REGIONKARTA_DB");
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
                throw BadInput.field(db != null ? "--db" : "$REGIONKARTA_DB", "the store must be PostgreSQL "
                        + "(jdbc:postgresql://host/database) or H2 (jdbc:h2:…), got " + StoreConfig.masked(url));
            }
            String user = dbUser != null ? dbUser : System.getenv("REGIONKARTA_DB_USER");
            return new StoreConfig(url, user, System.getenv("REGIONKARTA_DB_PASSWORD"));
        }
        return StoreConfig.embedded(usableHome());
    }

    /**
     * Returns the store's folder, made if it is missing; refuses, naming where the folder came from,
     * one that cannot be made or written (the embedded database writes its lock even to read).
     */
    private Path usableHome() {
        Path dir = homeDirectory();
        String origin = home != null ? "--home" : present(System.getenv("REGIONKARTA_HOME")) ? "$REGIONKARTA_HOME"
                : present(System.getenv("XDG_DATA_HOME")) ? "$XDG_DATA_HOME" : "the store's folder";
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw BadInput.field(origin, dir + " is a file; the store needs a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "a file on the way has the name of a folder"
                    : e instanceof FileSystemException f && f.getReason() != null ? f.getReason().toLowerCase(Locale.ROOT)
                    : String.valueOf(e.getMessage());
            throw BadInput.field(origin, "cannot make the folder " + dir + ": " + why);
        }
        if (!Files.isWritable(dir) || !Files.isReadable(dir)) {
            throw BadInput.field(origin, "cannot read and write in the folder " + dir + ": permission denied");
        }
        return dir;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    Path homeDirectory() {
        if (home != null) {
            return home;
        }
        String env = System.getenv("REGIONKARTA_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("regionkarta");
    }

    /** Reads the registry: from {@code --data} if given, otherwise from the store (loading it first if empty). */
    public Snapshot snapshot(PrintWriter err) {
        return read(err, false).snapshot();
    }

    /**
     * Reads the registry and, from the store's change log, who recorded each fact last and when
     * (nothing when reading {@code --data}, which has no log).
     */
    public Read read(PrintWriter err, boolean withRecords) {
        if (data != null) {
            return new Read(new Snapshot(readData(data, err)), Map.of());
        }
        StoreContents contents = contents(err, withRecords);
        return new Read(new Snapshot(contents.dataset()), withRecords ? contents.recorded() : Map.of());
    }

    /**
     * Reads the store's contents: for the embedded store, from its snapshot file when that is fresh,
     * without starting the database at all (issue 11: a small question costs about what --help costs);
     * otherwise from the store, which then writes the file for the next command.
     */
    private StoreContents contents(PrintWriter err, boolean withRecords) {
        StoreConfig config = storeConfig();
        if (config.home() != null) {
            warmUpCollation();
            Optional<StoreContents> kept = SnapshotFile.in(config.home()).read(withRecords);
            // an empty store is filled with the bundled data first, which only the slow way does
            if (kept.isPresent() && kept.get().dataset().size() > 0) {
                return kept.get();
            }
        }
        try (Store store = openFilled(err)) {
            return store.readAndKeep();
        }
    }

    /**
     * Builds the Swedish collation, which the snapshot sorts names by, on another core while this one
     * reads the snapshot file: in a fresh JVM each takes about a tenth of a second, and the JDK
     * keeps the collation once built, so the snapshot then gets it at once (issue 11, docs/benchmarks.md).
     */
    private static void warmUpCollation() {
        Thread warm = new Thread(() -> Collator.getInstance(Locale.forLanguageTag("sv-SE")), "collation-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /** A registry as read, with the latest change of each fact by {@code kind:id} (empty when unknown). */
    public record Read(Snapshot snapshot, Map<String, Change> recorded) {
    }

    /** Opens the store, filling it with the bundled data set first if it is empty; the caller closes it. */
    public Store openFilled(PrintWriter err) {
        Store store = Stores.open(storeConfig(), RegionkartaCommand.of(mixee).clock(), RegionkartaCommand.of(mixee).loader());
        try {
            if (store.isEmpty()) {
                Dataset bundled = readData(null, err);
                SyncReport report = store.sync(bundled, "regionkarta", "bundled data set");
                err.println("regionkarta: the store was empty; loaded the bundled data set (" + report.inserted() + " facts)");
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Reads and checks a data directory (null: the bundled data set) with the command line's reader; problems end the command. */
    Dataset readData(Path directory, PrintWriter err) {
        return readData(directory, err, RegionkartaCommand.of(mixee).loader());
    }

    /** Reads and checks a data directory (null: the bundled data set); problems end the command. */
    static Dataset readData(Path directory, PrintWriter err, DatasetLoader loader) {
        return read(directory, err, loader).dataset();
    }

    /** Reads and checks a data directory (null: the bundled data set), with the file of each fact; problems end the command. */
    static LoadResult read(Path directory, PrintWriter err, DatasetLoader loader) {
        if (directory != null && !Files.isDirectory(directory)) {
            throw new CliException(ExitCode.USAGE, "not a directory: " + directory);
        }
        LoadResult result = directory == null ? loader.loadBundled() : loader.load(directory);
        if (!result.ok()) {
            result.problems().forEach(err::println);
            throw new CliException(ExitCode.INVALID_DATA, (directory == null ? "the bundled data set" : directory)
                    + " was rejected: " + result.problems().size() + " problem(s); nothing was loaded");
        }
        return result;
    }
}
