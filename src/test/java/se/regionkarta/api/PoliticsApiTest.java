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

/** Bodies, seats, coalitions, persons, parties and terms over HTTP, against the bundled data. */
class PoliticsApiTest {

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
    @DisplayName("the bodies of Region Kalmar län start with the assembly and the executive board")
    void bodiesOfRegion() {
        JsonNode page = api.ok("/api/v1/bodies?region=kalmar&asOf=2025-06-01");

        assertThat(ids(page)).startsWith("kalmar.rf", "kalmar.rs").contains("kalmar.regionrevisionen");
        assertThat(field(page.get("items"), "regionId")).containsOnly("kalmar");
        page.get("items").forEach(b -> assertThat(b.get("sources")).isNotEmpty());
    }

    @Test
    @DisplayName("kind=assembly lists one assembly per region")
    void assemblies() {
        JsonNode page = api.ok("/api/v1/bodies?kind=assembly&asOf=2025-06-01");

        assertThat(page.get("total").asInt()).isEqualTo(21);
        assertThat(field(page.get("items"), "kind")).containsOnly("ASSEMBLY");
        assertThat(ids(api.ok("/api/v1/bodies?region=halland&kind=drafting-committee&asOf=2025-06-01")))
                .contains("halland.rs.social-hallbarhet");
    }

    @Test
    @DisplayName("the Kalmar assembly in June 2025 has S 24, M 12, SD 12, KD 8, C 6, V 5 and the majority S, C, V")
    void assemblyOn2025() {
        JsonNode rf = api.ok("/api/v1/bodies/kalmar.rf?asOf=2025-06-01");

        assertThat(rf.get("name").asText()).isEqualTo("Regionfullmäktige");
        assertThat(rf.get("termId").asText()).isEqualTo("2022-2026");
        assertThat(seats(rf)).containsExactly("S 24", "M 12", "SD 12", "KD 8", "C 6", "V 5");
        assertThat(rf.get("seatTotal").asInt()).isEqualTo(67);
        JsonNode majority = coalition(rf, "MAJORITY");
        assertThat(majority.get("partyIds").toString()).isEqualTo("[\"S\",\"C\",\"V\"]");
        assertThat(majority.get("sources")).isNotEmpty();
        rf.get("seats").forEach(s -> assertThat(s.get("sources")).isNotEmpty());
    }

    @Test
    @DisplayName("the same assembly in 2020 shows the 2018–2022 term with the majority S, C, L")
    void assemblyOn2020() {
        JsonNode rf = api.ok("/api/v1/bodies/kalmar.rf?asOf=2020-06-01");

        assertThat(rf.get("termId").asText()).isEqualTo("2018-2022");
        assertThat(seats(rf)).startsWith("S 25");
        assertThat(coalition(rf, "MAJORITY").get("partyIds").toString()).isEqualTo("[\"S\",\"C\",\"L\"]");
    }

    @Test
    @DisplayName("the executive board lists its chair on the day")
    void chairs() {
        JsonNode rs = api.ok("/api/v1/bodies/kalmar.rs?asOf=2025-06-01");

        assertThat(field(rs.get("appointments"), "personId")).contains("angelica-katsanidou");
        assertThat(field(rs.get("appointments"), "role")).contains("CHAIR");
    }

    @Test
    @DisplayName("seats of a body for a term, largest first, each with its id body/term/party")
    void seatsOfTerm() {
        JsonNode page = api.ok("/api/v1/seats?body=kalmar.rf&term=2022-2026");

        assertThat(ids(page)).startsWith("kalmar.rf/2022-2026/S");
        assertThat(field(page.get("items"), "seats")).startsWith("24", "12", "12");
        assertThat(page.has("asOf")).isFalse();
    }

    @Test
    @DisplayName("without a term, the seats are those of the term running on asOf")
    void seatsAsOf() {
        JsonNode page = api.ok("/api/v1/seats?body=kalmar.rf&asOf=2020-06-01");

        assertThat(field(page.get("items"), "termId")).containsOnly("2018-2022");
        assertThat(api.ok("/api/v1/seats?term=2022-2026&limit=500").get("total").asInt()).isGreaterThan(6);
    }

    @Test
    @DisplayName("a person answers with the roles held on the day")
    void person() {
        JsonNode p = api.ok("/api/v1/persons/angelica-katsanidou?asOf=2025-06-01");

        assertThat(p.get("name").asText()).isEqualTo("Angelica Katsanidou");
        assertThat(field(p.get("appointments"), "role")).contains("COMMISSIONER", "CHAIR");
        assertThat(api.ok("/api/v1/persons/angelica-katsanidou?asOf=2015-06-01").get("appointments")).isEmpty();
    }

    @Test
    @DisplayName("persons, parties and terms are listed with their sources")
    void lists() {
        JsonNode persons = api.ok("/api/v1/persons");
        assertThat(ids(persons)).contains("angelica-katsanidou", "mikaela-waltersson");
        assertThat(ids(api.ok("/api/v1/persons?q=katsan"))).containsExactly("angelica-katsanidou");
        assertThat(ids(api.ok("/api/v1/parties"))).contains("S", "M", "SD", "C", "V", "KD", "L", "MP");
        assertThat(ids(api.ok("/api/v1/terms"))).containsExactly("2018-2022", "2022-2026", "2026-2030");
        persons.get("items").forEach(p -> assertThat(p.get("sources")).isNotEmpty());
    }

    @Test
    @DisplayName("unknown body and person ids are 404 problems")
    void unknownIds() {
        api.problem("/api/v1/bodies/no-such-body", 404);
        api.problem("/api/v1/persons/no-such-person", 404);
    }

    private static List<String> seats(JsonNode body) {
        List<String> seats = new ArrayList<>();
        body.get("seats").forEach(s -> seats.add(s.get("partyId").asText() + " " + s.get("seats").asInt()));
        return seats;
    }

    private static JsonNode coalition(JsonNode body, String role) {
        for (JsonNode c : body.get("coalitions")) {
            if (c.get("role").asText().equals(role)) {
                return c;
            }
        }
        throw new AssertionError("no " + role + " in " + body.get("coalitions"));
    }
}
