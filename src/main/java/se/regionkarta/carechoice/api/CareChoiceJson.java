package se.regionkarta.carechoice.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import se.regionkarta.api.Ref;
import se.regionkarta.carechoice.CareChoiceQueries;
import se.regionkarta.carechoice.ExampleCounty;
import se.regionkarta.carechoice.compensation.model.NotPaid;
import se.regionkarta.carechoice.compensation.model.Ore;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.ProviderTally;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.UnitKind;
import se.regionkarta.snapshot.Snapshot;

/**
 * The JSON shapes of care choice (issue 7), documented in the OpenAPI document as
 * {@code CareChoiceScheme}, {@code CareChoiceSchemeDetail}, {@code ProviderTally} and
 * {@code CareChoiceExample}: a scheme with its providers counted from the units beside what its
 * source states, its provider units, and the synthetic example of its monthly compensation.
 */
final class CareChoiceJson {

    /** The metric of the listed residents of a provider unit. */
    static final String LISTED_RESIDENTS = "listed-residents";

    private CareChoiceJson() {
    }

    /**
     * A scheme's providers counted on a day.
     *
     * @param statedOn the first day the source's figures describe, absent where no cited source is dated
     * @param compared whether the day is one the stated figures describe, so that they are held against the counts
     * @param agrees whether every count agrees with the stated figure (true on days not compared)
     */
    record Tally(LocalDate day, LocalDate statedOn, boolean compared, boolean agrees, int total, List<TallyRow> rows) {
    }

    /**
     * One ownership.
     *
     * @param stated the number the source states, absent where it states none
     * @param agrees whether the count agrees with the stated number; absent where nothing is stated or on a day not compared
     */
    record TallyRow(Ownership ownership, int units, int named, int unnamed, Integer stated, String noun, Boolean agrees) {
    }

    /** A scheme in a list, with its tally. */
    record Scheme(@JsonUnwrapped CareChoiceScheme scheme, Tally tally) {
    }

    /** A scheme with its tally, its providers on the day and those that had left by then. */
    record SchemeDetail(LocalDate asOf, boolean inForce, @JsonUnwrapped CareChoiceScheme scheme, Tally tally,
            List<Provider> providers, List<Provider> formerProviders) {
    }

    /**
     * A unit's part in a scheme.
     *
     * @param id the id of the part (the fact {@code care_choice_providers} records)
     * @param named false for a unit the sources count but do not name
     * @param validity the part's own period in the scheme
     * @param lastDay the last day in the scheme, for a former provider
     * @param listedResidents the unit's listed-residents figures shown on the day, each with its sources
     */
    record Provider(String id, Ref<UnitKind> unit, Ownership ownership, String operator, boolean named, Validity validity,
            String town, String municipalityCode, LocalDate lastDay, List<KeyFigure> listedResidents, String note,
            List<SourceRef> sources) {
    }

    /** The synthetic example of a scheme's compensation for a year, and one month provider by provider. */
    record Example(String schemeId, int year, String month, boolean synthetic, boolean illustrative, String note, String model,
            long seed, int residents, int eligible, int listed, int areas, int providerUnits, int changes,
            List<ExampleMonth> months, List<ExampleProvider> providers, NotPaid notPaid) {
    }

    /** A month's payments by ownership. */
    record ExampleMonth(String month, long regionRunOre, long privateOre, long totalOre, String regionRunSek, String privateSek,
            String totalSek) {
    }

    /** A provider in the month: residents listed on its last day and what it was paid. */
    record ExampleProvider(Ref<UnitKind> unit, Ownership ownership, int openDays, int listed, long amountOre, String amountSek) {
    }

    static Tally tally(ProviderTally t) {
        return new Tally(t.day(), t.statedOn(), t.compared(), t.agrees(), t.total(), t.rows().stream()
                .map(r -> new TallyRow(r.ownership(), r.units(), r.named(), r.unnamed(), r.stated(), r.noun(),
                        r.stated() == null || !t.compared() ? null : r.agrees()))
                .toList());
    }

    static Provider provider(CareChoiceQueries.Provider p, Snapshot s, LocalDate day, boolean former) {
        var u = p.unit();
        List<KeyFigure> listed = FigureQueries.of(s).of(u.id(), day).stream().filter(f -> f.metricId().equals(LISTED_RESIDENTS)).toList();
        return new Provider(p.part().id(), new Ref<>(u.id(), u.nameOn(day), u.kind(), u.sources()), u.ownership(),
                p.part().operator(), p.part().named(), p.part().validity(), u.location() == null ? null : u.location().town(),
                u.location() == null ? null : u.location().municipalityCode(),
                former ? p.part().validity().lastDay() : null, listed, p.part().note(), p.part().sources());
    }

    static SchemeDetail detail(CareChoiceScheme c, Snapshot s, LocalDate day) {
        CareChoiceQueries register = CareChoiceQueries.of(s);
        return new SchemeDetail(day, c.validity().contains(day), c, tally(register.tally(c, day)),
                register.providers(c.id(), day).stream().map(p -> provider(p, s, day, false)).toList(),
                register.formerProviders(c.id(), day).stream().map(p -> provider(p, s, day, true)).toList());
    }

    static Example example(ExampleCounty.Example e, ExampleCounty.Month shown, String region, Snapshot s) {
        List<ExampleMonth> months = e.months().stream().map(m -> new ExampleMonth(m.month().toString(),
                m.ore(Ownership.REGION_RUN), m.ore(Ownership.PRIVATE), m.totalOre(), Ore.sek(m.ore(Ownership.REGION_RUN)),
                Ore.sek(m.ore(Ownership.PRIVATE)), Ore.sek(m.totalOre()))).toList();
        LocalDate last = shown.month().atEndOfMonth();
        List<ExampleProvider> providers = shown.providers().stream().map(p -> new ExampleProvider(
                s.unit(p.unitId()).map(u -> new Ref<>(u.id(), u.nameOn(last), u.kind(), u.sources()))
                        .orElse(new Ref<>(p.unitId(), p.unitId(), null, List.of())),
                p.ownership(), p.openDays(), p.listed(), p.amountOre(), Ore.sek(p.amountOre()))).toList();
        return new Example(e.schemeId(), e.year(), shown.month().toString(), true, e.illustrative(), note(region), e.modelId(), e.seed(),
                e.residents(), e.eligible(), e.listed(), e.areas(), e.providers(), e.changes(), months, providers, shown.notPaid());
    }

    /** Returns what the example is, said in every answer that carries it. */
    static String note(String region) {
        return "A synthetic example, not real payments: made-up residents (no personal data) listed with the scheme's real "
                + "provider units, paid by the illustrative compensation model (docs/carechoice.md). The compensation parameters "
                + region + " itself uses are not in any public source found.";
    }
}
