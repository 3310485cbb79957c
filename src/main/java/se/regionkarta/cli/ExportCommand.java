package se.regionkarta.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.export.CsvExport;
import se.regionkarta.export.JsonExport;
import se.regionkarta.snapshot.InForce;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole registry with its sources as JSON or CSV (layout: docs/export-format.md).")
public final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format { json, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json or csv (default: json)")
    Format format = Format.json;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    Path outFile;

    @Option(names = "--as-of", paramLabel = "DATE", description = "write only the facts in force on this day "
            + "(YYYY, YYYY-MM or YYYY-MM-DD; default: the whole registry, its history included)")
    String asOf;

    @Override
    public Integer call() throws IOException {
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

    private void write(Snapshot snapshot, Writer w) throws IOException {
        if (format == Format.json) {
            new JsonExport().write(snapshot, w);
        } else {
            new CsvExport().write(snapshot, w);
        }
    }
}
