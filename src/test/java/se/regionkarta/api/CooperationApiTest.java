package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.api.ApiClient.field;
import static se.regionkarta.api.ApiClient.ids;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Healthcare regions and care-choice schemes over HTTP, against the bundled data. */
class CooperationApiTest {

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
    @DisplayName("there are six healthcare regions, each with sources")
    void healthcareRegions() {
        JsonNode page = api.ok("/api/v1/healthcare-regions?asOf=2025-06-01");

        assertThat(page.get("total").asInt()).isEqualTo(6);
        assertThat(ids(page)).contains("sydostra");
        page.get("items").forEach(h -> assertThat(h.get("sources")).isNotEmpty());
    }

    @Test
    @DisplayName("Sydöstra sjukvårdsregionen has Östergötland, Jönköping and Kalmar as members, and its joint committee")
    void sydostra() {
        JsonNode h = api.ok("/api/v1/healthcare-regions/sydostra?asOf=2025-06-01");

        assertThat(h.get("name").asText()).isEqualTo("Sydöstra sjukvårdsregionen");
        assertThat(field(h.get("memberRegions"), "regionId")).containsExactly("ostergotland", "jonkoping", "kalmar");
        assertThat(field(h.get("memberRegions"), "name")).contains("Region Kalmar län");
        assertThat(field(h.get("bodies"), "kind")).contains("JOINT_COMMITTEE");
        h.get("bodies").forEach(b -> assertThat(b.get("sources")).isNotEmpty());
        assertThat(h.get("sources")).isNotEmpty();
    }

    @Test
    @DisplayName("Region Halland belongs to its healthcare regions through some of its municipalities only")
    void partMembership() {
        JsonNode halland = api.ok("/api/v1/regions/halland?asOf=2025-06-01");
        String first = halland.get("healthcareRegions").get(0).get("id").asText();

        JsonNode h = api.ok("/api/v1/healthcare-regions/" + first + "?asOf=2025-06-01");
        for (JsonNode m : h.get("memberRegions")) {
            if (m.get("regionId").asText().equals("halland")) {
                assertThat(m.get("whole").asBoolean()).isFalse();
                assertThat(m.get("municipalityCodes")).isNotEmpty();
            }
        }
        assertThat(field(h.get("memberRegions"), "regionId")).contains("halland");
    }

    @Test
    @DisplayName("care-choice schemes of a region, with sources")
    void careChoice() {
        JsonNode kalmar = api.ok("/api/v1/care-choice-schemes?region=kalmar&asOf=2025-06-01");

        assertThat(kalmar.get("total").asInt()).isPositive();
        assertThat(field(kalmar.get("items"), "regionId")).containsOnly("kalmar");
        kalmar.get("items").forEach(s -> assertThat(s.get("sources")).isNotEmpty());
        assertThat(ids(api.ok("/api/v1/care-choice-schemes?asOf=2025-06-01"))).contains("halland.vardval");
        assertThat(ids(api.ok("/api/v1/care-choice-schemes?region=halland&asOf=2006"))).isEmpty();
    }

    @Test
    @DisplayName("an unknown healthcare region is a 404 problem")
    void unknown() {
        api.problem("/api/v1/healthcare-regions/no-such-region", 404);
    }
}
