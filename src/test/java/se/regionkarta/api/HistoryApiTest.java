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

/** Change events, lineage, differences between two days and names over time, over HTTP (issue 5). */
class HistoryApiTest {

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
    @DisplayName("the events are the Kalmar merger of 2019 and Hallandstrafiken's transfer of 2023, oldest first")
    void events() {
        JsonNode page = api.ok("/api/v1/events");

        assertThat(ids(page)).containsExactly("kalmar.bildande-2019", "halland.hallandstrafiken-2023");
        JsonNode merger = page.get("items").get(0);
        assertThat(merger.get("kind").asText()).isEqualTo("MERGER");
        assertThat(merger.get("date").asText()).isEqualTo("2019-01-01");
        assertThat(field(merger.get("originalUnits"), "name")).containsExactly("Landstinget i Kalmar län",
                "Regionförbundet i Kalmar län");
        assertThat(field(merger.get("resultUnits"), "name")).containsExactly("Region Kalmar län");
        assertThat(field(merger.get("sources"), "sourceId")).containsExactly("kalmar-jobs");
    }

    @Test
    @DisplayName("events filter by region (its predecessors included), unit, kind and period")
    void eventFilters() {
        assertThat(ids(api.ok("/api/v1/events?region=kalmar"))).containsExactly("kalmar.bildande-2019");
        assertThat(ids(api.ok("/api/v1/events?region=landstinget-kalmar"))).containsExactly("kalmar.bildande-2019");
        assertThat(ids(api.ok("/api/v1/events?region=halland"))).containsExactly("halland.hallandstrafiken-2023");
        assertThat(ids(api.ok("/api/v1/events?unit=halland.hallandstrafiken-ab"))).containsExactly("halland.hallandstrafiken-2023");
        assertThat(ids(api.ok("/api/v1/events?kind=transfer"))).containsExactly("halland.hallandstrafiken-2023");
        assertThat(ids(api.ok("/api/v1/events?kind=MERGER&region=kalmar"))).containsExactly("kalmar.bildande-2019");
        assertThat(ids(api.ok("/api/v1/events?from=2019&to=2019"))).containsExactly("kalmar.bildande-2019");
        assertThat(ids(api.ok("/api/v1/events?from=2019-01-02"))).containsExactly("halland.hallandstrafiken-2023");
        assertThat(ids(api.ok("/api/v1/events?to=2018"))).isEmpty();
        assertThat(api.problem("/api/v1/events?region=kalmar.hsf", 400).get("detail").asText())
                .isEqualTo("Parameter 'region': no region has the id 'kalmar.hsf'");
    }

    @Test
    @DisplayName("one event answers with its units named as they were around it; an unknown id is a 404")
    void event() {
        JsonNode transfer = api.ok("/api/v1/events/halland.hallandstrafiken-2023");

        assertThat(transfer.get("kind").asText()).isEqualTo("TRANSFER");
        assertThat(transfer.get("newParentUnit").get("name").asText()).isEqualTo("Region Halland");
        assertThat(field(transfer.get("originalUnits"), "id")).containsExactly("halland.hallandstrafiken-ab");
        assertThat(api.problem("/api/v1/events/no-such-event", 404).get("code").asText()).isEqualTo("not-found");
    }

    @Test
    @DisplayName("the lineage of Region Kalmar län lists both predecessors with the merger, its date and its source")
    void lineage() {
        JsonNode lineage = api.ok("/api/v1/units/kalmar/lineage");

        assertThat(lineage.get("name").asText()).isEqualTo("Region Kalmar län");
        JsonNode steps = lineage.get("predecessors");
        assertThat(steps).hasSize(2);
        List<String> names = new ArrayList<>();
        steps.forEach(s -> {
            names.add(s.get("from").get("name").asText());
            assertThat(s.get("kind").asText()).isEqualTo("MERGER");
            assertThat(s.get("date").asText()).isEqualTo("2019-01-01");
            assertThat(s.get("eventId").asText()).isEqualTo("kalmar.bildande-2019");
            assertThat(s.get("to").get("id").asText()).isEqualTo("kalmar");
            assertThat(s.get("depth").asInt()).isEqualTo(1);
            assertThat(field(s.get("sources"), "sourceId")).containsExactly("kalmar-jobs");
        });
        assertThat(names).containsExactly("Landstinget i Kalmar län", "Regionförbundet i Kalmar län");
        assertThat(lineage.get("successors")).isEmpty();
    }

    @Test
    @DisplayName("the lineage answer shows the predecessors' key figures labelled with predecessor and event, and states the rule")
    void predecessorFigures() {
        JsonNode lineage = api.ok("/api/v1/units/kalmar/lineage");

        assertThat(lineage.get("figureRule").asText()).contains("history", "beside", "never added");
        JsonNode figures = lineage.get("predecessorFigures");
        assertThat(figures).isNotEmpty();
        figures.forEach(f -> {
            assertThat(f.get("predecessor").get("id").asText()).isIn("landstinget-kalmar", "regionforbundet-kalmar");
            assertThat(f.get("eventId").asText()).isEqualTo("kalmar.bildande-2019");
            assertThat(f.get("figure").get("unitId").asText()).isEqualTo(f.get("predecessor").get("id").asText());
        });
        JsonNode successorSide = api.ok("/api/v1/units/landstinget-kalmar/lineage");
        assertThat(field(successorSide.get("successors"), "eventId")).containsExactly("kalmar.bildande-2019");
        assertThat(successorSide.get("predecessorFigures")).isEmpty();
    }

    @Test
    @DisplayName("the difference of Kalmar from 2018 to 2025 has the region added, the predecessors closed, the merger and new seats")
    void diff() {
        JsonNode diff = api.ok("/api/v1/regions/kalmar/diff?from=2018-06-01&to=2025-06-01");

        assertThat(diff.get("from").asText()).isEqualTo("2018-06-01");
        List<String> added = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        diff.get("units").forEach(u -> (switch (u.get("change").asText()) {
            case "ADDED" -> added;
            case "CLOSED" -> closed;
            default -> moved;
        }).add(u.get("unitId").asText()));
        assertThat(added).contains("kalmar", "kalmar.hsf", "kalmar.lanssjukhuset-kalmar");
        assertThat(closed).containsExactlyInAnyOrder("landstinget-kalmar", "regionforbundet-kalmar");
        assertThat(moved).as("the private providers' group passed from the county council to the region")
                .containsExactly("kalmar.privata-vardgivare");
        assertThat(ids(diff.get("events").isArray() ? wrap(diff.get("events")) : null)).containsExactly("kalmar.bildande-2019");
        assertThat(diff.get("seats").get(0).get("termAfter").asText()).isEqualTo("2022-2026");
        assertThat(diff.get("seats").get(0).get("after").get("S").asInt()).isEqualTo(24);
    }

    @Test
    @DisplayName("a difference needs both days in order, and a region: otherwise a 400 naming the parameter, or a 404")
    void diffInput() {
        assertThat(api.problem("/api/v1/regions/kalmar/diff?from=2020", 400).get("detail").asText())
                .isEqualTo("Parameter 'to': is required");
        assertThat(api.problem("/api/v1/regions/kalmar/diff?from=2025&to=2020", 400).get("detail").asText())
                .startsWith("Parameter 'to': must not be before 'from'");
        assertThat(api.problem("/api/v1/regions/kalmar.hsf/diff?from=2020&to=2025", 404).get("code").asText())
                .isEqualTo("not-found");
    }

    @Test
    @DisplayName("a unit answers with its names over time and its name on asOf, and its neighbours as named that day")
    void names() {
        JsonNode kalmar = api.ok("/api/v1/units/kalmar?asOf=2025-06-01");

        assertThat(kalmar.get("nameAsOf").asText()).isEqualTo("Region Kalmar län");
        assertThat(kalmar.get("names")).hasSize(1);
        assertThat(kalmar.get("names").get(0).get("validity").get("from").asText()).isEqualTo("2019-01-01");
        assertThat(kalmar.has("recorded")).as("no change log when served from files").isFalse();
    }

    @Test
    @DisplayName("as of a day, a unit's key figures that refer to a later period are left out")
    void figuresAsOf() {
        int today = api.ok("/api/v1/units/kalmar").get("figures").size();
        int before = api.ok("/api/v1/units/kalmar?asOf=2019-06-01").get("figures").size();

        assertThat(today).isPositive();
        assertThat(before).isLessThan(today);
        api.ok("/api/v1/units/kalmar?asOf=2019-06-01").get("figures").forEach(f -> {
            if (f.path("period").has("year")) {
                assertThat(f.get("period").get("year").asInt()).isLessThanOrEqualTo(2019);
            }
        });
    }

    /** Wraps an array as a page's items, to read its ids. */
    private static JsonNode wrap(JsonNode items) {
        return ApiClient.JSON.createObjectNode().set("items", items);
    }
}
