package se.regionkarta.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.json.Json;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.snapshot.Snapshot;

/**
 * Writes the whole registry as one CSV table in long form, one row per field of a fact:
 * {@code kind,id,field,value,sources}. Nested fields are written as paths ({@code parents[0].parentId}),
 * and {@code sources} repeats the fact's references on each of its rows, so that every row can be
 * read on its own (docs/export-format.md).
 */
public final class CsvExport {

    static final String[] HEADER = {"kind", "id", "field", "value", "sources"};

    private final ObjectMapper mapper = Json.mapper();

    public void write(Snapshot snapshot, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        for (FactKind kind : FactKind.values()) {
            for (Identified fact : snapshot.dataset().all(kind)) {
                String sources = fact instanceof Fact f ? f.sources().stream()
                        .map(r -> r.sourceId() + (r.locator() == null ? "" : "#" + r.locator()))
                        .collect(Collectors.joining("; ")) : "";
                JsonNode tree = mapper.valueToTree(fact);
                flatten(csv, kind.section(), fact.id(), "", tree, sources);
            }
        }
        csv.flush();
    }

    private static void flatten(CSVPrinter csv, String kind, String id, String path, JsonNode node, String sources)
            throws IOException {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (path.isEmpty() && field.getKey().equals("sources")) {
                    continue;
                }
                flatten(csv, kind, id, path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), sources);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(csv, kind, id, path + "[" + i + "]", node.get(i), sources);
            }
        } else if (!node.isNull()) {
            csv.printRecord(kind, id, path, node.asText(), sources);
        }
    }
}
