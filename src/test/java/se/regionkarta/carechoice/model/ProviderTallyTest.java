package se.regionkarta.carechoice.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/** Counting a scheme's providers from its units and holding the counts against the stated figures. */
class ProviderTallyTest {

    static final LocalDate STATED = LocalDate.of(2025, 1, 1);
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final List<SourceRef> SRC = List.of(new SourceRef("src", null, null));

    final Map<String, Unit> units = new HashMap<>();
    final List<SchemeProvider> providers = new ArrayList<>();

    static CareChoiceScheme scheme(int regionRun, int privateUnits) {
        return new CareChoiceScheme("s", "r", "Hälsoval", null, CareArea.PRIMARY_CARE, null, null, null, List.of(),
                List.of(new ProviderCount(Ownership.REGION_RUN, regionRun, "hälsocentraler"),
                        new ProviderCount(Ownership.PRIVATE, privateUnits, "mottagningar")),
                Validity.ALWAYS, null, null, SRC);
    }

    void add(String id, Ownership ownership, Validity unit, Validity part, boolean named) {
        units.put(id, new Unit(id, "Enhet " + id, null, List.of(), UnitKind.HEALTH_CENTRE, List.of(), unit, ownership,
                null, List.of(), null, null, null, SRC));
        providers.add(new SchemeProvider("p." + id + "." + providers.size(), "s", id, null, named, part, null, SRC));
    }

    ProviderTally tally(CareChoiceScheme scheme, LocalDate day) {
        return ProviderTally.of(scheme, providers, units::get, day, STATED);
    }

    @Test
    @DisplayName("units are counted by their ownership, the unnamed among them apart, beside the stated figures")
    void counts() {
        add("a", Ownership.REGION_RUN, Validity.ALWAYS, Validity.ALWAYS, true);
        add("b", Ownership.REGION_RUN, Validity.ALWAYS, Validity.ALWAYS, false);
        add("c", Ownership.PRIVATE, Validity.ALWAYS, Validity.ALWAYS, true);

        ProviderTally t = tally(scheme(2, 1), DAY);

        assertThat(t.rows()).containsExactly(new ProviderTally.Row(Ownership.REGION_RUN, 2, 1, 2, "hälsocentraler"),
                new ProviderTally.Row(Ownership.PRIVATE, 1, 0, 1, "mottagningar"));
        assertThat(t.agrees()).isTrue();
        assertThat(t.total()).isEqualTo(3);
        assertThat(t.row(Ownership.REGION_RUN).orElseThrow().named()).isEqualTo(1);
    }

    @Test
    @DisplayName("a provider that left the scheme, or whose unit closed, no longer counts; then the count differs")
    void closedProvidersAreNotCounted() {
        add("a", Ownership.REGION_RUN, Validity.ALWAYS, Validity.ALWAYS, true);
        add("b", Ownership.PRIVATE, Validity.ALWAYS, Validity.between(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 2, 28)), true);
        add("c", Ownership.PRIVATE, Validity.between(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 2, 28)), Validity.ALWAYS, true);

        ProviderTally before = tally(scheme(1, 2), LocalDate.of(2026, 2, 28));
        ProviderTally after = tally(scheme(1, 2), DAY);

        assertThat(before.agrees()).isTrue();
        assertThat(after.row(Ownership.PRIVATE).orElseThrow().units()).isZero();
        assertThat(after.row(Ownership.PRIVATE).orElseThrow().agrees()).isFalse();
        assertThat(after.agrees()).isFalse();
    }

    @Test
    @DisplayName("before the source's date the figures are not held against the units: no verdict, though shown")
    void notComparedBeforeTheStatement() {
        add("a", Ownership.REGION_RUN, Validity.ALWAYS, Validity.ALWAYS, true);

        ProviderTally t = tally(scheme(5, 0), LocalDate.of(2024, 12, 31));

        assertThat(t.compared()).isFalse();
        assertThat(t.agrees()).isTrue();
        assertThat(t.row(Ownership.REGION_RUN).orElseThrow().agrees()).isFalse();
        assertThat(tally(scheme(5, 0), STATED).agrees()).isFalse();
    }

    @Test
    @DisplayName("an ownership counted but not stated gets a row of its own, with nothing to disagree with")
    void ownershipNotStated() {
        add("j", Ownership.JOINT, Validity.ALWAYS, Validity.ALWAYS, true);

        ProviderTally t = tally(scheme(0, 0), DAY);

        assertThat(t.row(Ownership.JOINT)).hasValueSatisfying(r -> {
            assertThat(r.stated()).isNull();
            assertThat(r.agrees()).isTrue();
        });
        assertThat(t.rows()).extracting(ProviderTally.Row::ownership)
                .containsExactly(Ownership.REGION_RUN, Ownership.PRIVATE, Ownership.JOINT);
    }

    @Test
    @DisplayName("a unit in the scheme twice (two operators in turn on the same day cannot happen, but data may say so) counts once")
    void unitCountsOnce() {
        add("a", Ownership.PRIVATE, Validity.ALWAYS, Validity.ALWAYS, true);
        providers.add(new SchemeProvider("again", "s", "a", "Bolag", true, Validity.ALWAYS, null, SRC));

        assertThat(tally(scheme(0, 1), DAY).row(Ownership.PRIVATE).orElseThrow().units()).isEqualTo(1);
    }

    @Property(tries = 200)
    @Label("the counted rows add up to the providers in force, whatever mix of ownership and periods")
    void rowsAddUp(@ForAll @IntRange(max = 40) int regionRun, @ForAll @IntRange(max = 40) int privateUnits,
            @ForAll @IntRange(max = 40) int closed) {
        units.clear();
        providers.clear();
        for (int i = 0; i < regionRun; i++) {
            add("r" + i, Ownership.REGION_RUN, Validity.ALWAYS, Validity.ALWAYS, i % 3 == 0);
        }
        for (int i = 0; i < privateUnits; i++) {
            add("p" + i, Ownership.PRIVATE, Validity.ALWAYS, Validity.ALWAYS, i % 2 == 0);
        }
        for (int i = 0; i < closed; i++) {
            add("x" + i, i % 2 == 0 ? Ownership.PRIVATE : Ownership.REGION_RUN, Validity.ALWAYS,
                    Validity.between(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1)), true);
        }

        ProviderTally t = tally(scheme(regionRun, privateUnits), DAY);

        assertThat(t.total()).isEqualTo(regionRun + privateUnits);
        assertThat(t.agrees()).isTrue();
        assertThat(t.rows().stream().mapToInt(ProviderTally.Row::unnamed).sum())
                .isEqualTo(regionRun - (regionRun + 2) / 3 + privateUnits / 2);
    }
}
