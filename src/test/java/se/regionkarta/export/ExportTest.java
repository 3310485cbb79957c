package se.regionkarta.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.snapshot.Snapshot;

class ExportTest {

    static final Dataset BUNDLED = se.regionkarta.SectionReaders.loader().loadBundled().dataset();

    @Test
    @DisplayName("the JSON export holds every fact of every kind, and every fact cites a source that is in the export")
    void jsonIsComplete() throws Exception {
        StringWriter out = new StringWriter();
        new JsonExport().write(new Snapshot(BUNDLED), out);
        JsonNode doc = new ObjectMapper().readTree(out.toString());

        Set<String> sourceIds = new HashSet<>();
        doc.get("sources").forEach(s -> sourceIds.add(s.get("id").asText()));
        for (FactKind kind : FactKind.values()) {
            assertThat(doc.get(kind.section())).as(kind.section()).hasSize(BUNDLED.all(kind).size());
            assertThat(doc.get("counts").get(kind.section()).asInt()).isEqualTo(BUNDLED.all(kind).size());
            if (kind == FactKind.SOURCE || kind == FactKind.METRIC) {
                continue;
            }
            for (JsonNode fact : doc.get(kind.section())) {
                assertThat(fact.get("sources")).as(kind.section() + " " + fact.get("id")).isNotEmpty();
                fact.get("sources").forEach(ref -> assertThat(sourceIds).contains(ref.get("sourceId").asText()));
            }
        }
        assertThat(doc.get("conflicts")).isNotEmpty();
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(JsonExport.FORMAT_VERSION);
    }

    @Test
    @DisplayName("the CSV export has one row per field, with the fact's sources on each row")
    void csvIsLong() throws Exception {
        StringWriter out = new StringWriter();
        new CsvExport().write(new Snapshot(BUNDLED), out);
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();

        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly(CsvExport.HEADER);
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : records) {
            ids.add(r.get("kind") + ":" + r.get("id"));
            if (!r.get("kind").equals("sources") && !r.get("kind").equals("metrics")) {
                assertThat(r.get("sources")).as(r.toString()).isNotBlank();
            }
        }
        assertThat(ids).hasSize(BUNDLED.size());
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("id")).isEqualTo("kalmar.rf/2022-2026/S");
            assertThat(r.get("field")).isEqualTo("seats");
            assertThat(r.get("value")).isEqualTo("24");
        });
    }
}
