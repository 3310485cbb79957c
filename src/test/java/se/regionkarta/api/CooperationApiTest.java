package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.api.ApiClient.field;
import static se.regionkarta.api.ApiClient.ids;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.web.TestDecisions;
import se.regionkarta.web.TestServer;

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

    @Test
    @DisplayName("the healthcare region answer checks each joint body's composition: 3 + 3 per region, 9 + 9 recorded, keeps the rule")
    void compositionChecks() {
        JsonNode h = api.ok("/api/v1/healthcare-regions/sydostra?asOf=2025-06-01");
        JsonNode check = h.get("compositionChecks").get(0);

        assertThat(check.get("bodyId").asText()).isEqualTo("sydostra.samverkansnamnden");
        assertThat(check.get("result").asText()).isEqualTo("KEEPS_RULE");
        assertThat(check.get("perRegionRecorded").asBoolean()).isFalse();
        assertThat(check.get("recordedMembers").asInt()).isEqualTo(9);
        assertThat(field(check.get("regions"), "regionId")).containsExactly("ostergotland", "jonkoping", "kalmar");
        check.get("regions").forEach(r -> {
            assertThat(r.get("members").asInt()).isEqualTo(3);
            assertThat(r.get("substitutes").asInt()).isEqualTo(3);
            assertThat(r.has("recordedMembers")).as("members per region are not recorded").isFalse();
        });
    }

    @Test
    @DisplayName("the rotation names Jönköping's recorded chair of 2022–2023 with sources, and leaves the coming periods unknown")
    void rotation() {
        JsonNode r = api.ok("/api/v1/healthcare-regions/sydostra/rotation?asOf=2026-11-26");

        assertThat(r.get("years").asInt()).isEqualTo(10);
        JsonNode committee = r.get("bodies").get(0);
        assertThat(committee.get("bodyId").asText()).isEqualTo("sydostra.samverkansnamnden");
        assertThat(committee.get("order")).isEmpty();
        assertThat(field(committee.get("holders"), "basis")).containsExactly("UNKNOWN", "UNKNOWN");
        JsonNode chair = committee.get("schedules").get(0);
        assertThat(chair.get("duty").asText()).isEqualTo("CHAIR");
        JsonNode first = chair.get("periods").get(0);
        assertThat(first.get("position").asText()).isEqualTo("earlier");
        assertThat(first.get("from").asText()).isEqualTo("2022-01-01");
        assertThat(first.get("until").asText()).isEqualTo("2023-12-31");
        assertThat(first.get("regionId").asText()).isEqualTo("jonkoping");
        assertThat(first.get("basis").asText()).isEqualTo("RECORDED");
        assertThat(field(first.get("sources"), "sourceId")).contains("rjl-samverkansnamnd");
        assertThat(field(chair.get("periods"), "position")).containsExactly("earlier", "current", "coming", "coming", "coming",
                "coming", "coming");
        assertThat(field(r.get("bodies"), "bodyId")).containsExactly("sydostra.samverkansnamnden", "sydostra.rsl");

        JsonNode short2023 = api.ok("/api/v1/healthcare-regions/sydostra/rotation?asOf=2023-06-01&years=2");
        assertThat(short2023.get("bodies").get(0).get("holders").get(0).get("regionName").asText()).isEqualTo("Region Jönköpings län");
        assertThat(api.ok("/api/v1/healthcare-regions/sodra/rotation").get("bodies")).isEmpty();
        api.problem("/api/v1/healthcare-regions/nowhere/rotation", 404);
    }

    @Test
    @DisplayName("the decisions register lists the recorded price list, undated, and filters by kind")
    void decisions() {
        JsonNode page = api.ok("/api/v1/healthcare-regions/sydostra/decisions");

        assertThat(ids(page)).containsExactly("sydostra.prislista-oppenvard");
        JsonNode d = page.get("items").get(0);
        assertThat(d.get("kind").asText()).isEqualTo("PRICES_FOR_SOLD_CARE");
        assertThat(d.get("title").asText()).isEqualTo("Prislista öppenvård Sydöstra sjukvårdsregionen");
        assertThat(d.has("decidedOn")).as("the sources give no date").isFalse();
        assertThat(d.get("sources")).isNotEmpty();
        assertThat(api.ok("/api/v1/healthcare-regions/sydostra/decisions?kind=shared-care").get("total").asInt()).isZero();
        assertThat(api.ok("/api/v1/healthcare-regions/norra/decisions").get("items")).isEmpty();
        assertThat(api.problem("/api/v1/healthcare-regions/sydostra/decisions?kind=budget", 400).get("detail").asText())
                .startsWith("Parameter 'kind': must be one of shared-care");
    }

    @Test
    @DisplayName("a unit lists the decisions that concern it, as the register has them")
    void unitDecisions() {
        try (TestServer server = TestServer.start(TestDecisions.withDecision(TestServer.BUNDLED))) {
            JsonNode unit = ApiClient.parse(server.get("/api/v1/units/ostergotland").body());
            assertThat(unit.get("decisions")).isEmpty();
            JsonNode kalmar = ApiClient.parse(server.get("/api/v1/units/kalmar.hsf").body());
            assertThat(field(kalmar.get("decisions"), "id")).containsExactly("sydostra.test-regiongemensam");
            JsonNode register = ApiClient.parse(server.get("/api/v1/healthcare-regions/sydostra/decisions").body());
            assertThat(field(register.get("items"), "id")).containsExactly("sydostra.test-regiongemensam", "sydostra.prislista-oppenvard");
        }
        assertThat(api.ok("/api/v1/units/kalmar.hsf").get("decisions")).isEmpty();
    }
}
