package se.regionkarta.carechoice.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.carechoice.compensation.model.AgeBand;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/** The compensation model file: the illustrative model that ships, and refusals with their lines. */
class ModelFileTest {

    private static CompensationModel read(String yaml) {
        return ModelFile.read("model.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String yaml, long line, String message) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(BadInput.class)
                .satisfies(e -> assertThat(((BadInput) e).problems()).singleElement()
                        .isEqualTo(Problem.at("model.yaml", (int) line, message)));
    }

    @Test
    @DisplayName("the illustrative model says it is illustrative, has a version for 2024 and one from 2025 on, and amounts to the öre")
    void illustrativeModel() throws IOException {
        byte[] bytes;
        try (InputStream in = ModelFile.class.getResourceAsStream("/carechoice/illustrative-model.yaml")) {
            bytes = in.readAllBytes();
        }
        CompensationModel model = ModelFile.read("illustrative-model.yaml", bytes);

        assertThat(model.illustrative()).isTrue();
        assertThat(model.title()).contains("not any region's real model");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("scheme: kalmar");
        ModelVersion v2025 = model.versionFor(YearMonth.of(2031, 6)).orElseThrow();
        assertThat(v2025.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(v2025.validUntil()).isNull();
        assertThat(v2025.careNeedWeighted()).isTrue();
        // 294 kr a point and month (VG Primärvård 2017) = 3 528 kr a year; women 25–44 one point, men 0.75
        assertThat(v2025.bands().get(4)).isEqualTo(AgeBand.bySex(25, 44, 352_800, 264_600));
        assertThat(v2025.bands().get(8)).isEqualTo(AgeBand.of(85, null, 987_840));
        assertThat(v2025.visitOtherOre()).isEqualTo(75_000);
        assertThat(model.versionFor(YearMonth.of(2024, 12)).orElseThrow().bands().get(0).femaleOre()).isEqualTo(684_432);
        assertThat(model.versionFor(YearMonth.of(2023, 12))).isEmpty();
    }

    @Test
    @DisplayName("amounts may be numbers or text; a band is one age, a range, or open to the top")
    void minimalModel() {
        CompensationModel m = read("""
                model: m
                scheme: s
                versions:
                  - valid_from: 2025-01-01
                    valid_until: 2025-12-31
                    capitation_sek_per_year:
                      - {ages: "0", sek: 3500}
                      - {ages: 1-4, sek: "1000.5"}
                      - {ages: 5+, female: 10, male: "9.99"}
                """);

        assertThat(m.illustrative()).isFalse();
        assertThat(m.versions().get(0).bands()).containsExactly(AgeBand.of(0, 0, 350_000), AgeBand.of(1, 4, 100_050),
                AgeBand.bySex(5, null, 1_000, 999));
    }

    @Test
    @DisplayName("a misspelt key, an amount with three decimals, overlapping bands or versions, and bad YAML are refused on their line")
    void refusals() {
        String head = "model: m\nscheme: s\nversions:\n  - valid_from: 2025-01-01\n";
        refused(head + "    capitation_sek_per_year:\n      - {ages: 0-9, sek: \"1.001\"}\n", 6,
                "sek (SEK) must be written with digits, a point and at most 2 decimals (at most 8 digits before the point), got '1.001'");
        refused(head + "    care_need_indx: true\n    capitation_sek_per_year: []\n", 5,
                "unknown key 'care_need_indx' (known here: capitation_sek_per_year, care_need_index, fixed_sek_by_unit, "
                        + "fixed_sek_per_unit_month, note, valid_from, valid_until, visit_sek)");
        refused(head + "    capitation_sek_per_year:\n      - {ages: 0-9, sek: 1}\n      - {ages: 9-, sek: 1}\n", 4,
                "the age bands must be in order of age and must not overlap: 0–9 and 9+");
        refused(head + "    valid_until: 2025-06-30\n    capitation_sek_per_year: [{ages: 0-, sek: 1}]\n"
                        + "  - valid_from: 2025-06-01\n    capitation_sek_per_year: [{ages: 0-, sek: 1}]\n", 4,
                "model versions must not overlap: the version from 2025-01-01 and the one from 2025-06-01");
        refused(head + "    valid_until: 2025-06-15\n    capitation_sek_per_year: [{ages: 0-, sek: 1}]\n", 4,
                "a model version ends on the last day of a month, on or after it begins, not 2025-06-15");
        assertThatThrownBy(() -> read("model: m\nscheme: [s\n")).isInstanceOf(BadInput.class)
                .satisfies(e -> assertThat(((BadInput) e).problems().get(0).message()).startsWith("not valid YAML"))
                .satisfies(e -> assertThat(((BadInput) e).problems().get(0).line()).isEqualTo(2));
    }
}
