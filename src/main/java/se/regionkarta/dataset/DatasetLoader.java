package se.regionkarta.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.DatasetRules;
import se.regionkarta.dataset.model.Problem;
import se.regionkarta.dataset.model.Violation;

/**
 * Reads a data directory into a {@link Dataset} and checks it: each YAML file against the schema,
 * each entry as it is read, and then the whole against {@link DatasetRules}. The result carries
 * either a sound dataset or every problem found, each with file and line.
 */
public final class DatasetLoader {

    private final YAMLMapper yaml = new YAMLMapper();
    private final DataSchema schema = new DataSchema();

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
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().endsWith(".csv")) {
                CsvSections.read(file.getKey(), file.getValue(), out);
            } else {
                readYaml(file.getKey(), file.getValue(), out);
            }
        }
        if (files.isEmpty()) {
            out.problem("(data directory)", 0, "no data files (*.yaml, *.csv) found");
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
                problems.add(new Problem(origin.file(), origin.line(), v.message() + where));
            }
            problems.sort(null);
        } else {
            problems.add(new Problem("(all files)", 0,
                    "checks across files (references, seats, hierarchy) run once the problems above are fixed"));
        }
        return new LoadResult(dataset, problems, files.size());
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
        new YamlSections(file, out).read(root);
    }

    /** Keeps the parser's own words and drops its position lines, which the problem already gives. */
    private static String yamlMessage(String message) {
        return String.join("; ", message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("at [Source"))
                .toList());
    }
}
