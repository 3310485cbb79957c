package se.regionkarta.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.DatasetRules;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.dataset.model.Violation;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * Reads a data directory into a {@link Dataset} and checks it: each YAML file against the schema,
 * each entry as its feature's {@link SectionReader} reads it, and then the whole against
 * {@link DatasetRules}. The result carries either a sound dataset or every problem found, each
 * with file and line.
 */
public final class DatasetLoader {

    /** Decimals are read exactly: as doubles, 1e999999999 would become "Infinity" and 0.1 a binary fraction. */
    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final DataSchema schema = new DataSchema();
    private final Function<FactKind, SectionReader> readers;

    /** @param readers the reader of each kind's section (se.regionkarta.SectionReaders names them) */
    public DatasetLoader(Function<FactKind, SectionReader> readers) {
        this.readers = readers;
    }

    /** Reads the data files under a directory. */
    public LoadResult load(Path directory) {
        return load(DataFiles.read(directory));
    }

    /** Reads the data set bundled with the application. */
    public LoadResult loadBundled() {
        return load(DataFiles.bundled());
    }

    /** Reads data files given as text by their relative names. */
    public LoadResult load(Map<String, String> files) {
        Collector out = new Collector();
        files.forEach((name, text) -> read(name, Utf8.withoutBom(text), out));
        return check(files.size(), out);
    }

    /** Reads data files given as bytes: each is decoded on its own, so that one that is not UTF-8 is one problem. */
    private LoadResult load(DataFiles.Listing listing) {
        Collector out = new Collector();
        listing.problems().forEach(p -> out.problem(p.file(), p.line(), p.message()));
        listing.files().forEach((name, bytes) -> {
            String text;
            try {
                text = Utf8.decode(bytes);
            } catch (BadInput e) {
                e.inFile(name).problems().forEach(p -> out.problem(p.file(), p.line(), p.message()));
                return;
            }
            read(name, text, out);
        });
        return check(listing.files().size(), out);
    }

    private void read(String file, String text, Collector out) {
        if (file.endsWith(".csv")) {
            CsvFiles.read(file, text, this::read, out);
        } else {
            readYaml(file, text, out);
        }
    }

    private LoadResult check(int files, Collector out) {
        if (files == 0 && out.problems().isEmpty()) {
            out.problem("(data directory)", 0, "no data files (*.yaml, *.yml, *.csv) found");
        }
        Dataset dataset;
        try {
            dataset = ImpliedLinks.clip(EventDates.apply(out.dataset()), out.impliedLinks());
        } catch (IllegalArgumentException e) { // a date an event gives that contradicts a unit's own
            out.problem("(all files)", 0, "events: " + e.getMessage());
            dataset = out.dataset();
        }
        List<Problem> problems = new ArrayList<>(out.problems());
        problems.sort(null);
        if (problems.isEmpty()) {
            for (Violation v : DatasetRules.check(dataset)) {
                Problem origin = out.origin(v.kind(), v.id(), v.occurrence());
                Problem first = out.origin(v.kind(), v.id(), 0);
                String where = v.occurrence() > 0 ? " (first at " + first.file() + ":" + first.line() + ")" : "";
                problems.add(Problem.at(origin.file(), origin.line(), v.message() + where));
            }
            problems.sort(null);
        } else {
            problems.add(Problem.at("(all files)", 0,
                    "checks across files (references, seats, hierarchy) run once the problems above are fixed"));
        }
        return new LoadResult(dataset, problems, files);
    }

    /**
     * Reads one entry with the reader of its section. A value the reader refuses, or a fact whose
     * record refuses what was read (a period that ends before it starts), leaves the entry out
     * and is reported at its line; the other entries are still read.
     */
    private void read(String file, FactKind section, Entry entry, Collector out) {
        SectionReader.Facts facts = out.forFile(file);
        try {
            readers.apply(section).read(section, entry, facts);
        } catch (BadInput e) {
            out.refused(file, section, entry, e);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            out.refused(file, section, entry, entry.refuse(e.getMessage()));
        }
    }

    private void readYaml(String file, String text, Collector out) {
        JsonNode root;
        try {
            root = JsonNodes.readTree(yaml, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    LocationJsonNodeFactoryFactory.getInstance());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            // JsonNodes wraps the parser's exception, which knows the line
            if (e.getCause() instanceof JsonProcessingException j) {
                int line = j.getLocation() == null ? 0 : j.getLocation().getLineNr();
                out.problem(file, line, "not valid YAML: " + yamlMessage(j.getOriginalMessage()));
            } else {
                out.problem(file, 0, "not valid YAML: " + e.getMessage());
            }
            return;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            out.problem(file, 0, "the file is empty");
            return;
        }
        List<DataSchema.Located> errors = schema.validate(root);
        if (!errors.isEmpty()) {
            errors.forEach(e -> out.problem(file, e.line(), e.message()));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> sections = root.fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            FactKind kind = FactKind.named(section.getKey()).orElseThrow(); // the schema admits no other section
            for (JsonNode item : section.getValue()) {
                read(file, kind, new Entry(item), out);
            }
        }
    }

    /** Keeps the parser's own words and drops its position lines, which the problem already gives. */
    private static String yamlMessage(String message) {
        return String.join("; ", message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("at [Source"))
                .toList());
    }

    /** Reads one entry of a file into the collector. */
    @FunctionalInterface
    interface EntryReader {
        void read(String file, FactKind section, Entry entry, Collector out);
    }
}
