package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.api.ApiClient.field;
import static se.regionkarta.api.ApiClient.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Regions and units over HTTP, against the bundled data. */
class UnitApiTest {

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
    @DisplayName("the regions are the 21 regions by county code, each with its county code and sources")
    void regions() {
        JsonNode page = api.ok("/api/v1/regions?asOf=2025-06-01");

        assertThat(page.get("total").asInt()).isEqualTo(21);
        assertThat(page.get("asOf").asText()).isEqualTo("2025-06-01");
        assertThat(ids(page)).startsWith("stockholm", "uppsala").contains("kalmar", "halland");
        assertThat(field(page.get("items"), "countyCode")).startsWith("01", "03").contains("08");
        page.get("items").forEach(r -> assertThat(r.get("sources")).isNotEmpty());
    }

    @Test
    @DisplayName("before 2019 there is no Region Kalmar län among the regions")
    void regionsAsOf() {
        JsonNode page = api.ok("/api/v1/regions?asOf=2018");

        assertThat(page.get("asOf").asText()).isEqualTo("2018-01-01");
        assertThat(ids(page)).hasSize(20).doesNotContain("kalmar");
    }

    @Test
    @DisplayName("a region answers with its county code and the healthcare region it belongs to")
    void region() {
        JsonNode kalmar = api.ok("/api/v1/regions/kalmar?asOf=2025-06-01");

        assertThat(kalmar.get("name").asText()).isEqualTo("Region Kalmar län");
        assertThat(kalmar.get("countyCode").asText()).isEqualTo("08");
        assertThat(kalmar.get("inForce").asBoolean()).isTrue();
        assertThat(field(kalmar.get("healthcareRegions"), "id")).containsExactly("sydostra");
        assertThat(kalmar.get("sources")).isNotEmpty();
    }

    @Test
    @DisplayName("the direct children of the health care administration are its three hospitals and the diagnostic centre")
    void childrenOfParent() {
        JsonNode page = api.ok("/api/v1/units?parent=kalmar.hsf&asOf=2025-06-01");

        assertThat(ids(page)).containsExactly("kalmar.lanssjukhuset-kalmar", "kalmar.oskarshamns-sjukhus",
                "kalmar.vasterviks-sjukhus", "kalmar.diagnostiskt-centrum");
        assertThat(field(page.get("items"), "kind")).startsWith("HOSPITAL", "HOSPITAL", "HOSPITAL");
        page.get("items").forEach(u -> assertThat(u.get("sources")).isNotEmpty());
    }

    @Test
    @DisplayName("kind=hospital lists the hospitals of both regions; the JSON constant HOSPITAL is accepted too")
    void byKind() {
        JsonNode page = api.ok("/api/v1/units?kind=hospital&asOf=2025-06-01");

        assertThat(ids(page)).contains("kalmar.lanssjukhuset-kalmar", "kalmar.oskarshamns-sjukhus", "kalmar.vasterviks-sjukhus",
                "halland.hallands-sjukhus.halmstad");
        assertThat(field(page.get("items"), "kind")).containsOnly("HOSPITAL");
        assertThat(ids(api.ok("/api/v1/units?kind=HOSPITAL&asOf=2025-06-01"))).isEqualTo(ids(page));
    }

    @Test
    @DisplayName("below=kalmar is the whole subtree in depth-first order, hospitals included, the region itself not")
    void subtree() {
        JsonNode page = api.ok("/api/v1/units?below=kalmar&asOf=2025-06-01&limit=500");
        List<String> ids = ids(page);

        assertThat(ids).doesNotContain("kalmar").contains("kalmar.hsf", "kalmar.vasterviks-sjukhus", "kalmar.regionstaben.hr");
        assertThat(ids.indexOf("kalmar.hsf")).isLessThan(ids.indexOf("kalmar.lanssjukhuset-kalmar"));
        assertThat(ids).allMatch(id -> id.startsWith("kalmar."));
        assertThat(page.get("total").asInt()).isEqualTo(ids.size());
    }

    @Test
    @DisplayName("kind and below combine: the hospitals below Region Kalmar län")
    void subtreeByKind() {
        assertThat(ids(api.ok("/api/v1/units?below=kalmar&kind=hospital&asOf=2025-06-01")))
                .containsExactly("kalmar.lanssjukhuset-kalmar", "kalmar.oskarshamns-sjukhus", "kalmar.vasterviks-sjukhus");
    }

    @Test
    @DisplayName("q filters by name ignoring case and diacritics: 'VASTERV' finds Västervik")
    void nameFilter() {
        assertThat(ids(api.ok("/api/v1/units?q=VASTERV&asOf=2025-06-01")))
                .containsExactlyInAnyOrder("kalmar.vasterviks-sjukhus", "kalmar.specialisttandvard-vastervik", "kalmar.ftv.vastervik");
    }

    @Test
    @DisplayName("a unit answers with its ancestry, children, governing body, figures and posts, each with sources")
    void unitDetail() {
        JsonNode hsf = api.ok("/api/v1/units/kalmar.hsf?asOf=2025-06-01");

        assertThat(hsf.get("asOf").asText()).isEqualTo("2025-06-01");
        assertThat(hsf.get("inForce").asBoolean()).isTrue();
        assertThat(hsf.get("name").asText()).isEqualTo("Hälso- och sjukvårdsförvaltningen");
        assertThat(hsf.get("kind").asText()).isEqualTo("ADMINISTRATION");
        assertThat(field(hsf.get("ancestry"), "id")).containsExactly("kalmar");
        assertThat(field(hsf.get("children"), "id")).contains("kalmar.lanssjukhuset-kalmar", "kalmar.diagnostiskt-centrum");
        assertThat(field(hsf.get("children"), "kind")).contains("HOSPITAL", "DIAGNOSTIC_CENTRE");
        assertThat(field(hsf.get("governedBy"), "id")).containsExactly("kalmar.rs");
        assertThat(hsf.get("figures")).isNotEmpty();
        assertThat(field(hsf.get("posts"), "id")).containsExactly("kalmar.hsf.forvaltningschef");
        for (String part : List.of("ancestry", "children", "governedBy", "figures", "posts")) {
            hsf.get(part).forEach(n -> assertThat(n.get("sources")).as(part).isNotEmpty());
        }
        assertThat(hsf.get("sources")).isNotEmpty();
    }

    @Test
    @DisplayName("a unit asked for on a day it did not exist is answered with inForce false and nothing around it")
    void unitNotInForce() {
        JsonNode kalmar = api.ok("/api/v1/units/kalmar?asOf=2018-06-01");

        assertThat(kalmar.get("inForce").asBoolean()).isFalse();
        assertThat(kalmar.get("validity").get("from").asText()).isEqualTo("2019-01-01");
        assertThat(kalmar.get("children")).isEmpty();
        assertThat(api.ok("/api/v1/units?parent=kalmar&asOf=2018-06-01").get("total").asInt()).isZero();
        assertThat(api.ok("/api/v1/units/landstinget-kalmar?asOf=2025-06-01").get("inForce").asBoolean()).isFalse();
        assertThat(api.ok("/api/v1/units/landstinget-kalmar?asOf=2018-06-01").get("inForce").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("asOf may be a year or a month, meaning its first day, and defaults to a day that is echoed")
    void partialAsOf() {
        assertThat(api.ok("/api/v1/units/kalmar?asOf=2019").get("asOf").asText()).isEqualTo("2019-01-01");
        assertThat(api.ok("/api/v1/units/kalmar?asOf=2019-03").get("asOf").asText()).isEqualTo("2019-03-01");
        assertThat(api.ok("/api/v1/units/kalmar").get("asOf").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    @DisplayName("following the next links walks through every unit exactly once; prev leads back")
    void pagingWalk() {
        JsonNode first = api.ok("/api/v1/units?asOf=2025-06-01&limit=7");
        int total = first.get("total").asInt();
        List<String> seen = new ArrayList<>();
        JsonNode page = first;
        int pages = 0;
        while (true) {
            seen.addAll(ids(page));
            pages++;
            assertThat(page.get("items").size()).isLessThanOrEqualTo(7);
            if (!page.get("links").has("next")) {
                break;
            }
            page = api.ok(page.get("links").get("next").asText());
        }
        Set<String> distinct = new HashSet<>(seen);

        assertThat(first.get("links").has("prev")).isFalse();
        assertThat(seen).hasSize(total).hasSameSizeAs(distinct);
        assertThat(pages).isEqualTo((total + 6) / 7);
        assertThat(ids(api.ok(page.get("links").get("prev").asText())))
                .isEqualTo(seen.subList(seen.size() - page.get("items").size() - 7, seen.size() - page.get("items").size()));
        assertThat(ids(api.ok("/api/v1/units?asOf=2025-06-01&limit=500"))).isEqualTo(seen);
    }

    @Test
    @DisplayName("paging links keep the filters and fix the day")
    void linksKeepFilters() {
        JsonNode page = api.ok("/api/v1/units?below=kalmar&kind=staff-function&limit=2");

        assertThat(page.get("links").get("next").asText())
                .startsWith("/api/v1/units?below=kalmar&kind=staff-function&asOf=" + page.get("asOf").asText())
                .endsWith("&limit=2&offset=2");
    }

    @Test
    @DisplayName("an offset past the end gives an empty page with a way back")
    void offsetPastEnd() {
        JsonNode page = api.ok("/api/v1/units?offset=100000&limit=10");

        assertThat(page.get("items")).isEmpty();
        assertThat(page.get("links").has("next")).isFalse();
        assertThat(page.get("links").get("prev").asText()).contains("offset=" + (page.get("total").asInt() - 10));
    }

    @Test
    @DisplayName("unknown unit and region ids are 404 problems; a unit that is not a region is no region")
    void unknownIds() {
        assertThat(api.problem("/api/v1/units/no-such-unit", 404).get("code").asText()).isEqualTo("not-found");
        assertThat(api.problem("/api/v1/regions/no-such-region", 404).get("detail").asText()).contains("no-such-region");
        api.problem("/api/v1/regions/kalmar.hsf", 404);
    }
}
