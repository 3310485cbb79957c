package se.regionkarta.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.regionkarta.snapshot.Snapshot;

/**
 * Every fact of the five source documents is in the JSON export, in a fact that cites that document.
 * The facts are listed, one per row, in src/test/resources/seed-facts/*.tsv: the source, what the
 * fact is, and a string the exported fact must contain.
 */
class SeedCoverageTest {

    static JsonNode export;

    @BeforeAll
    static void exportBundled() throws IOException {
        StringWriter out = new StringWriter();
        new JsonExport().write(new Snapshot(se.regionkarta.SectionReaders.loader().loadBundled().dataset()), out);
        export = new ObjectMapper().readTree(out.toString());
    }

    static Stream<Arguments> seedFacts() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String file : List.of("kalmar.tsv", "halland.tsv", "sydostra.tsv")) {
            try (InputStream in = SeedCoverageTest.class.getResourceAsStream("/seed-facts/" + file)) {
                assertThat(in).as(file).isNotNull();
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                        .filter(l -> !l.isBlank()).toList();
                for (String line : lines) {
                    String[] cells = line.split("\t", -1);
                    rows.add(Arguments.of(cells[0], cells[1], cells[2]));
                }
            }
        }
        assertThat(rows).hasSizeGreaterThan(300);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("seedFacts")
    @DisplayName("a fact of a source document is exported, citing that document")
    void factIsExportedWithItsSource(String source, String fact, String needle) {
        boolean found = false;
        // a number must be a whole JSON value, quoted or not (24 is not found in 240 or in "2024")
        java.util.function.Predicate<String> contains = needle.matches("\\d+(\\.\\d+)?")
                ? java.util.regex.Pattern.compile("[:\\[,]\"?" + java.util.regex.Pattern.quote(needle) + "\"?[,}\\]]").asPredicate()
                : text -> text.contains(needle);
        for (String section : JsonExport.sections()) {
            for (JsonNode node : export.get(section)) {
                if (contains.test(node.toString()) && cites(node, source)) {
                    found = true;
                    break;
                }
            }
        }
        assertThat(found).as("a fact containing '%s' and citing %s", needle, source).isTrue();
    }

    private static boolean cites(JsonNode fact, String source) {
        JsonNode sources = fact.get("sources");
        if (sources == null) {
            return fact.path("id").asText().equals(source);
        }
        for (JsonNode ref : sources) {
            if (ref.path("sourceId").asText().equals(source)) {
                return true;
            }
        }
        return false;
    }
}
