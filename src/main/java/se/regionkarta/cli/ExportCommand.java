package se.regionkarta.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.dataset.DataFileWriter;
import se.regionkarta.dataset.LoadResult;
import se.regionkarta.export.CsvExport;
import se.regionkarta.export.JsonExport;
import se.regionkarta.snapshot.InForce;
import se.regionkarta.input.BadInput;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.Store;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole registry with its sources as JSON or CSV (layout: docs/export-format.md),",
            "or as data files (--format data --out DIR): YAML and CSV as load reads them, each fact in the file it was "
                    + "loaded from; loading that folder into an empty store gives the same registry."})
public final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format { json, csv, data }

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json, csv or data (default: json)")
    Format format = Format.json;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output; with --format data the folder to write the data files in")
    Path outFile;

    @Option(names = "--as-of", paramLabel = "DATE", description = "write only the facts in force on this day "
            + "(YYYY, YYYY-MM or YYYY-MM-DD; default: the whole registry, its history included)")
    String asOf;

    @Override
    public Integer call() throws IOException {
        if (format == Format.data) {
            return writeDataFiles();
        }
        java.time.LocalDate day = asOf == null ? null : AsOf.day(asOf, spec);
        Snapshot all = registry.snapshot(spec.commandLine().getErr());
        Snapshot snapshot = day == null ? all : new Snapshot(InForce.on(all.dataset(), day));
        if (outFile == null) {
            PrintWriter out = spec.commandLine().getOut();
            write(snapshot, out);
            out.flush();
            return ExitCode.OK;
        }
        OutputFile.write(outFile, "--out", bytes -> {
            Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            write(snapshot, w);
            w.flush();
        });
        spec.commandLine().getErr().println("regionkarta: wrote " + outFile);
        return ExitCode.OK;
    }

    /**
     * Writes the registry as data files into the folder of {@code --out}. A data file already there
     * that this export does not write is refused, not deleted: loading the folder would read it too.
     */
    private int writeDataFiles() {
        if (outFile == null) {
            throw BadInput.field("--out", "--format data writes a folder of files; give it with --out DIR");
        }
        if (asOf != null) {
            throw BadInput.field("--as-of", "--format data writes the whole registry, its history included; leave out --as-of");
        }
        Map<String, String> files = dataFiles();
        Path folder = OutputFile.folder(outFile, "--out");
        List<String> stale = dataFilesIn(folder).stream().filter(name -> !files.containsKey(name)).toList();
        if (!stale.isEmpty()) {
            throw BadInput.field("--out", folder + " already holds data files this export would not write ("
                    + String.join(", ", stale.subList(0, Math.min(3, stale.size()))) + (stale.size() > 3 ? ", …" : "")
                    + "); loading the folder would read them too: remove them, or write into an empty folder");
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = OutputFile.folder(folder.resolve(file.getKey()).getParent(), "--out").resolve(
                    folder.resolve(file.getKey()).getFileName());
            OutputFile.write(target, "--out", out -> out.write(file.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        spec.commandLine().getErr().println("regionkarta: wrote " + files.size() + " data files into " + folder);
        return ExitCode.OK;
    }

    /** Returns the paths of the data files in a folder and below it, as the loader would name them. */
    private static List<String> dataFilesIn(Path folder) {
        try (var paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.matches(".*\\.(yaml|yml|csv)")).sorted().toList();
        } catch (IOException e) {
            throw BadInput.field("--out", "cannot read the folder " + folder + ": " + e.getMessage());
        }
    }

    /** Returns the registry as data files: from the store, or from the directory of {@code --data}, rewritten. */
    private Map<String, String> dataFiles() {
        PrintWriter err = spec.commandLine().getErr();
        if (registry.data != null) {
            LoadResult read = RegistryOptions.read(registry.data, err, RegionkartaCommand.of(spec).loader());
            return DataFileWriter.write(read.dataset(), f -> read.fileOf(f) != null ? read.fileOf(f) : DataFileWriter.flatFile(f));
        }
        try (Store store = registry.openFilled(err)) {
            return store.dataFiles();
        }
    }

    private void write(Snapshot snapshot, Writer w) throws IOException {
        if (format == Format.json) {
            new JsonExport().write(snapshot, w);
        } else {
            new CsvExport().write(snapshot, w);
        }
    }
}
