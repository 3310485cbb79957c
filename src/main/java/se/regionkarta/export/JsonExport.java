package se.regionkarta.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.BreakdownCheck;
import se.regionkarta.json.Json;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.snapshot.Snapshot;

/**
 * Writes the whole registry as one JSON document (docs/export-format.md): every fact of every
 * kind, each with its source references, the sources themselves, and the conflicts with the value
 * shown and the rule that chose it.
 */
public final class JsonExport {

    /** Identifies the document's layout; raised when it changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.CLOSE_CLOSEABLE);

    public JsonExport() {
        // the caller owns the writer (it may be standard output)
        mapper.getFactory().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public void write(Snapshot snapshot, Writer out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "regionkarta-export");
        document.put("formatVersion", FORMAT_VERSION);
        document.put("license", "CC BY 4.0 (data); see data/LICENSE");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FactKind k : FactKind.values()) {
            counts.put(k.section(), snapshot.dataset().all(k).size());
        }
        document.put("counts", counts);
        for (FactKind k : FactKind.values()) {
            document.put(k.section(), snapshot.dataset().all(k));
        }
        document.put("conflicts", ProvenanceQueries.of(snapshot).conflicts().stream().map(JsonExport::conflict).toList());
        document.put("breakdownMismatches", FigureQueries.of(snapshot).breakdownMismatches().stream()
                .map(JsonExport::mismatch).toList());
        mapper.writeValue(out, document);
    }

    /** Written field by field in a fixed order, so that the same store always gives the same bytes. */
    private static Map<String, Object> mismatch(BreakdownCheck.Mismatch m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("figureId", m.whole().id());
        out.put("value", m.whole().value());
        out.put("sumOfParts", m.sumOfParts());
        out.put("parts", m.parts().stream().map(p -> p.id()).toList());
        return out;
    }

    private static Map<String, Object> conflict(Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subjectId", c.subjectId());
        m.put("property", c.property());
        m.put("label", c.label());
        m.put("values", c.values());
        m.put("shown", c.shown());
        m.put("rule", c.rule());
        m.put("explanation", c.explanation());
        m.put("claims", c.claims().stream().map(Claim::id).toList());
        return m;
    }

    /** Lists the kinds in the order they appear in the document. */
    public static List<String> sections() {
        return Arrays.stream(FactKind.values()).map(FactKind::section).toList();
    }
}
