package se.regionkarta.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.registry.model.UnitKind;

/** The index is built for a registry of national size; speed is watched elsewhere, not asserted here. */
class NationalScaleTest {

    private static final int UNITS = 100_000;
    private static final String[] WORDS = {"vårdcentral", "tandklinik", "mottagning", "avdelning", "enhet", "kansli",
        "familjecentral", "barnmorskemottagning", "psykiatri", "rehabilitering"};

    @Test
    @DisplayName("an index of 100 000 units is built and finds a chosen unit")
    void hundredThousandUnits() {
        Synthetic registry = new Synthetic();
        for (int i = 0; i < UNITS; i++) {
            String word = WORDS[i % WORDS.length];
            registry.unit("u" + i, "Ort " + i + " " + word, UnitKind.OUTPATIENT_CLINIC, "En " + word + " i ort " + i + ".");
        }
        registry.unit("chosen", "Ödeshögs vårdcentral", UnitKind.HEALTH_CENTRE, "Vårdcentral i Ödeshög.");

        Search search = Search.of(registry.snapshot(), java.time.LocalDate.now());

        assertThat(search.search("odeshogs vardcentral", 5).groups().get("units"))
                .first().extracting(SearchHit::id).isEqualTo("chosen");
        assertThat(search.suggest("ödesh", 5)).extracting(SearchHit::id).containsExactly("chosen");
        assertThat(search.search("vårdcentral", 10).total()).isGreaterThan(UNITS / WORDS.length);
    }
}
