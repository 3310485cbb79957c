package se.regionkarta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static se.regionkarta.search.Bundled.SEARCH;
import static se.regionkarta.search.Bundled.hits;
import static se.regionkarta.search.Bundled.ids;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Swedish-aware matching, each requirement with real queries against the bundled data. */
class SwedishMatchingTest {

    @Test
    @DisplayName("diacritics do not matter: halsocentral, oskarshamn, västervik, vastervik, folktandvarden")
    void diacriticsInsensitive() {
        assertThat(ids("halsocentral", "units")).contains("kalmar.primarvard", "kalmar.hc.stenso", "kalmar.privat.huslakarcentrum-kalmar")
                .as("units standing in for unnamed ones are not searchable").noneMatch(id -> id.contains("ej-namngiven"));
        assertThat(ids("halsocentral", "figures")).contains("kalmar.primarvard.health-centres.stock.kalmar-deck");
        assertThat(ids("oskarshamn", "units")).first().isEqualTo("kalmar.oskarshamns-sjukhus");
        assertThat(ids("västervik", "units")).first().isEqualTo("kalmar.vasterviks-sjukhus");
        assertThat(ids("vastervik", "units")).isEqualTo(ids("västervik", "units"));
        assertThat(ids("folktandvarden", "units")).first().isEqualTo("kalmar.folktandvarden");
    }

    @Test
    @DisplayName("inflected forms meet: sjukhusen finds the three Kalmar hospitals, förvaltningar the administrations")
    void stemming() {
        assertThat(top(ids("sjukhusen", "units"), 10))
                .contains("kalmar.lanssjukhuset-kalmar", "kalmar.oskarshamns-sjukhus", "kalmar.vasterviks-sjukhus");
        assertThat(ids("förvaltningar", "units"))
                .contains("kalmar.psykiatri", "kalmar.primarvard", "kalmar.hsf", "kalmar.folktandvarden", "kalmar.it");
        assertThat(top(ids("folkhogskola", "units"), 4)).containsExactlyInAnyOrder("kalmar.gamleby-folkhogskola",
                "kalmar.hogalids-folkhogskola", "kalmar.vimmerby-folkhogskola", "kalmar.olands-folkhogskola");
    }

    @Test
    @DisplayName("the last word may be unfinished: primärv finds Primärvårdsförvaltningen, psyk Psykiatriförvaltningen")
    void prefixOfLastWord() {
        assertThat(ids("primärv", "units")).first().isEqualTo("kalmar.primarvard");
        assertThat(ids("psyk", "units")).first().isEqualTo("kalmar.psykiatri");
        assertThat(ids("specialisttandvård osk", "units")).first().isEqualTo("kalmar.specialisttandvard-oskarshamn");
    }

    @Test
    @DisplayName("suggest completes names from what was typed so far")
    void suggestCompletesNames() {
        assertThat(SEARCH.suggest("psyk", 10)).extracting(SearchHit::title).contains("Psykiatriförvaltningen");
        assertThat(SEARCH.suggest("primärvårdsförv", 5)).first()
                .extracting(SearchHit::id).isEqualTo("kalmar.primarvard");
        assertThat(SEARCH.suggest("hallands sjukhus v", 5)).extracting(SearchHit::id)
                .contains("halland.hallands-sjukhus.varberg");
        assertThat(SEARCH.suggest("psyk", 3)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    @DisplayName("typos are forgiven: psykiatriförvaltnigen, hallands sjukus, diagnostsikt centrum")
    void typoTolerance() {
        assertThat(ids("psykiatriförvaltnigen", "units")).first().isEqualTo("kalmar.psykiatri");
        assertThat(ids("hallands sjukus", "units")).first().isEqualTo("halland.hallands-sjukhus");
        assertThat(ids("diagnostsikt centrum", "units")).first().isEqualTo("kalmar.diagnostiskt-centrum");
    }

    @Test
    @DisplayName("short words must be spelt right: one typo in 4–7 letters, two beyond, none up to 3")
    void typoAllowanceGrowsWithLength() {
        assertThat(List.of(Queries.maxEdits(3), Queries.maxEdits(4), Queries.maxEdits(7), Queries.maxEdits(8)))
                .containsExactly(0, 1, 1, 2);
    }

    @Test
    @DisplayName("parts of compounds match: sjukvård, buss (Tandvårdsbuss), sjukhus (Länssjukhuset)")
    void compoundParts() {
        assertThat(ids("sjukvård", "units")).contains("kalmar.hsf");
        assertThat(ids("buss", "units")).contains("kalmar.tandvardsbuss");
        assertThat(ids("sjukhus", "units")).contains("kalmar.lanssjukhuset-kalmar");
        assertThat(ids("tandvård", "units")).contains("kalmar.folktandvarden", "kalmar.specialisttandvard");
    }

    @Test
    @DisplayName("every kind of fact is found: joint committee, person, figure, channel")
    void otherKinds() {
        assertThat(ids("samverkansnamnden", "cooperation_bodies")).first().isEqualTo("sydostra.samverkansnamnden");
        assertThat(ids("katsanidou", "persons")).containsExactly("angelica-katsanidou");
        assertThat(hits("vårdplatser", "figures")).first().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("kalmar.psykiatri.beds.stock.kalmar-deck");
            assertThat(hit.title()).isEqualTo("Vårdplatser: 89");
            assertThat(hit.subtitle()).contains("Psykiatriförvaltningen");
        });
        assertThat(ids("besök", "figures")).contains("kalmar.psykiatri.visits.year.kalmar-deck",
                "kalmar.hsf.hospital-doctor-visits.day.kalmar-deck");
        assertThat(ids("regionkalmar.se", "channels")).first().isEqualTo("kalmar.web.regionkalmar");
        assertThat(ids("sydöstra", "healthcare_regions")).contains("sydostra");
        assertThat(ids("hälsoval", "care_choice_schemes")).contains("kalmar.halsoval");
    }

    @Test
    @DisplayName("a hit shows its name, and its Swedish kind and region under it")
    void hitsShowKindAndRegion() {
        assertThat(hits("Psykiatriförvaltningen", "units")).first().satisfies(hit -> {
            assertThat(hit.title()).isEqualTo("Psykiatriförvaltningen");
            assertThat(hit.subtitle()).isEqualTo("förvaltning · Region Kalmar län");
        });
        assertThat(hits("katsanidou", "persons")).first().extracting(SearchHit::subtitle)
                .isEqualTo("förtroendevald · Region Kalmar län");
    }

    private static List<String> top(List<String> ids, int n) {
        return ids.subList(0, Math.min(n, ids.size()));
    }
}
