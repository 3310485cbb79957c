package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.api.ApiClient.field;
import static se.regionkarta.api.ApiClient.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sources, figures, metrics, claims and conflicts over HTTP, against the bundled data. */
class ProvenanceApiTest {

    static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("the sources are listed page by page")
    void sources() {
        JsonNode page = api.ok("/api/v1/sources");

        assertThat(page.get("total").asInt()).isGreaterThan(50);
        assertThat(page.get("items")).hasSize(50);
        assertThat(page.get("links").get("next").asText()).isEqualTo("/api/v1/sources?limit=50&offset=50");
        assertThat(page.has("asOf")).isFalse();
    }

    @Test
    @DisplayName("a source answers with every fact that cites it, by kind and id")
    void sourceDetail() {
        JsonNode deck = api.ok("/api/v1/sources/kalmar-deck");
        List<String> citations = new ArrayList<>();
        deck.get("citedBy").forEach(c -> citations.add(c.get("kind").asText() + ":" + c.get("id").asText()));

        assertThat(deck.get("publisher").asText()).isEqualTo("Region Kalmar län");
        assertThat(citations).contains("units:kalmar.hsf", "units:kalmar.lanssjukhuset-kalmar", "seats:kalmar.rf/2022-2026/S",
                "coalitions:kalmar.rf.2022-2026.majority");
    }

    @Test
    @DisplayName("figures of a unit for one metric, each with its sources")
    void figures() {
        JsonNode page = api.ok("/api/v1/figures?unit=kalmar&metric=employees");

        assertThat(page.get("total").asInt()).isPositive();
        assertThat(field(page.get("items"), "unitId")).containsOnly("kalmar");
        assertThat(field(page.get("items"), "metricId")).containsOnly("employees");
        page.get("items").forEach(f -> assertThat(f.get("sources")).isNotEmpty());
        assertThat(api.ok("/api/v1/figures?metric=population").get("total").asInt()).isGreaterThanOrEqualTo(21);
    }

    @Test
    @DisplayName("metrics are listed with their labels and units")
    void metrics() {
        JsonNode page = api.ok("/api/v1/metrics?limit=500");

        assertThat(ids(page)).contains("population", "employees", "beds");
        assertThat(field(page.get("items"), "label")).contains("Folkmängd");
    }

    @Test
    @DisplayName("claims can be narrowed to a subject")
    void claims() {
        JsonNode all = api.ok("/api/v1/claims?limit=500");
        String subject = all.get("items").get(0).get("subjectId").asText();

        JsonNode some = api.ok("/api/v1/claims?subject=" + subject);
        assertThat(field(some.get("items"), "subjectId")).containsOnly(subject);
        assertThat(some.get("total").asInt()).isPositive();
        all.get("items").forEach(c -> assertThat(c.get("sources")).isNotEmpty());
    }

    @Test
    @DisplayName("a conflict shows the values, the value shown, the rule that chose it and why, with the claims' sources")
    void conflicts() {
        JsonNode page = api.ok("/api/v1/conflicts?subject=halland.rs");
        JsonNode c = page.get("items").get(0);

        assertThat(c.get("subjectName").asText()).isEqualTo("Regionstyrelsen");
        assertThat(c.get("values").toString()).isEqualTo("[\"9\",\"11\"]");
        assertThat(c.get("shown").asText()).isEqualTo("9");
        assertThat(c.get("rule").asText()).isEqualTo("DATA_ORDER");
        assertThat(c.get("explanation").asText()).isNotBlank();
        assertThat(field(c.get("sources"), "sourceId")).contains("regionhalland-politisk-organisation", "halland-troman");
        assertThat(api.ok("/api/v1/conflicts?limit=500").get("total").asInt()).isGreaterThan(1);
    }

    @Test
    @DisplayName("an unknown source is a 404 problem")
    void unknownSource() {
        api.problem("/api/v1/sources/no-such-source", 404);
    }
}
