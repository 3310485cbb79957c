package se.regionkarta.history.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

class EventEffectsTest {

    private static final Unit CLINIC = new Unit("r.a.k", "Kliniken", null, List.of(), UnitKind.HOSPITAL,
            List.of(new ParentLink("r.a", Validity.ALWAYS)), Validity.ALWAYS, null, null, List.of(), null, null, null, List.of());
    private static final PartialDate DAY = PartialDate.parse("2026-12-01");

    private static ChangeEvent event(ChangeKind kind, List<String> originals, List<String> results, String parent, String name) {
        return new ChangeEvent("e", kind, DAY, null, null, originals, results, parent, name, null, null, List.of());
    }

    @Test
    void aRenameKeepsTheOldNameUntilTheDayBefore() {
        Unit after = EventEffects.apply(event(ChangeKind.RENAME, List.of("r.a.k"), List.of("r.a.k"), null, "Nya kliniken"),
                Map.of("r.a.k", CLINIC)::get).get(0);
        assertThat(after.name()).isEqualTo("Nya kliniken");
        assertThat(after.nameOn(LocalDate.of(2026, 11, 30))).isEqualTo("Kliniken");
        assertThat(after.nameOn(LocalDate.of(2026, 12, 1))).isEqualTo("Nya kliniken");
    }

    @Test
    void aMoveEndsTheOldParentLinkAndStartsTheNew() {
        Unit after = EventEffects.apply(event(ChangeKind.MOVE, List.of("r.a.k"), List.of("r.a.k"), "r.b", null),
                Map.of("r.a.k", CLINIC)::get).get(0);
        assertThat(after.parentOn(LocalDate.of(2026, 11, 30))).contains("r.a");
        assertThat(after.parentOn(LocalDate.of(2026, 12, 1))).contains("r.b");
    }

    @Test
    void aClosureEndsTheUnitTheDayBefore() {
        Unit after = EventEffects.apply(event(ChangeKind.CLOSURE, List.of("r.a.k"), List.of(), null, null),
                Map.of("r.a.k", CLINIC)::get).get(0);
        assertThat(after.validity().contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(after.validity().contains(LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void anEventThatTheUnitsAlreadyAgreeWithChangesNothing() {
        Unit renamed = EventEffects.apply(event(ChangeKind.RENAME, List.of("r.a.k"), List.of("r.a.k"), null, "Nya kliniken"),
                Map.of("r.a.k", CLINIC)::get).get(0);
        assertThat(EventEffects.apply(event(ChangeKind.RENAME, List.of("r.a.k"), List.of("r.a.k"), null, "Nya kliniken"),
                Map.of("r.a.k", renamed)::get)).isEmpty();
    }
}
