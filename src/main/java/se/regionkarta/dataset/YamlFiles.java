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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.dataset.model.FactKind;

/**
 * Reads the YAML data files: parses each, checks it against the schema, and hands every entry the
 * schema accepts to its section's reader. An entry the schema refuses is reported and left out,
 * with what is nested in it, but its siblings are still read: one unknown field costs one entry,
 * not the file.
 */
final class YamlFiles {

    /**
     * The fields whose items the section readers read as entries of their own, through
     * {@link SectionReader.Facts#nested}: a schema error inside one of them leaves out that item only.
     * A field missing here costs no correctness, only more: the entry around it is left out instead.
     */
    private static final Map<FactKind, String> NESTED = Map.of(FactKind.UNIT, "units", FactKind.BODY, "bodies",
            FactKind.COOPERATION_BODY, "bodies", FactKind.PERSON, "roles", FactKind.CLAIM, "claims");

    /** Decimals are read exactly: as doubles, 1e999999999 would become "Infinity" and 0.1 a binary fraction. */
    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final DataSchema schema = new DataSchema();

    void read(String file, String text, DatasetLoader.EntryReader entries, Collector out) {
        JsonNode root = parse(file, text, out);
        if (root == null) {
            return;
        }
        for (DataSchema.Located error : schema.validate(root)) {
            out.problem(file, error.line(), error.message());
            JsonNode entry = entryAt(root, error.path());
            if (entry != null) {
                out.unsound(entry);
            }
        }
        if (!root.isObject()) {
            out.unread().text(text);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> sections = root.fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            Optional<FactKind> kind = FactKind.named(section.getKey());
            JsonNode items = section.getValue();
            if (kind.isEmpty() || !items.isArray() || out.isUnsound(items)) { // reported by the schema
                out.unread().entry(kind.orElse(null), items);
                continue;
            }
            for (JsonNode item : items) {
                if (out.isUnsound(item)) {
                    out.unread().entry(kind.get(), item);
                } else {
                    entries.read(file, kind.get(), new Entry(item), out);
                }
            }
        }
    }

    /** Returns the parsed file, or null when it cannot be parsed or is empty (which is reported). */
    private JsonNode parse(String file, String text, Collector out) {
        JsonNode root;
        try {
            root = JsonNodes.readTree(yaml, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    LocationJsonNodeFactoryFactory.getInstance());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            out.unread().text(text);
            // JsonNodes wraps the parser's exception, which knows the line
            if (e.getCause() instanceof JsonProcessingException j) {
                int line = j.getLocation() == null ? 0 : j.getLocation().getLineNr();
                out.problem(file, line, "not valid YAML: " + yamlMessage(j.getOriginalMessage()));
            } else {
                out.problem(file, 0, "not valid YAML: " + e.getMessage());
            }
            return null;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            out.problem(file, 0, "the file is empty");
            return null;
        }
        return root;
    }

    /**
     * Returns the entry a schema error is in: the item of a section at the error's path, or the
     * item nested in it (a unit under a unit) where the error is deeper still; the section itself
     * when the error concerns it as a whole; null for the file as a whole (an unknown section,
     * which is then left out by name).
     */
    private static JsonNode entryAt(JsonNode root, List<Object> path) {
        if (path.isEmpty()) {
            return null;
        }
        JsonNode section = root.get(String.valueOf(path.get(0)));
        if (section == null || path.size() < 2 || !(path.get(1) instanceof Integer index) || section.get(index) == null) {
            return section;
        }
        JsonNode entry = section.get(index);
        String nested = FactKind.named(String.valueOf(path.get(0))).map(NESTED::get).orElse(null);
        for (int at = 2; nested != null && at + 1 < path.size() && nested.equals(path.get(at))
                && path.get(at + 1) instanceof Integer child && entry.path(nested).get(child) != null; at += 2) {
            entry = entry.path(nested).get(child);
        }
        return entry;
    }

    /** Keeps the parser's own words and drops its position lines, which the problem already gives. */
    private static String yamlMessage(String message) {
        return String.join("; ", message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("at [Source"))
                .toList());
    }
}
