package se.regionkarta.carechoice.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.carechoice.CareChoiceExamples;
import se.regionkarta.carechoice.CareChoiceQueries;
import se.regionkarta.carechoice.CareCompensation;
import se.regionkarta.carechoice.ExampleCounty;
import se.regionkarta.carechoice.compensation.ProvidersCsv;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.Listing;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.TestServer;

/** The synthetic county of a care-choice scheme and its year of compensation (issue 7), with no server. */
class CareChoiceExampleTest {

    private static final Snapshot BUNDLED = new Snapshot(TestServer.BUNDLED);
    private static final CompensationModel ILLUSTRATIVE = CareChoiceExamples.illustrativeModel();

    private static CareChoiceScheme scheme(String id) {
        return CareChoiceQueries.of(BUNDLED).scheme(id).orElseThrow();
    }

    private static CompensationModel modelOf(CareChoiceScheme scheme) {
        return new CompensationModel(ILLUSTRATIVE.id(), scheme.id(), true, ILLUSTRATIVE.title(), ILLUSTRATIVE.versions());
    }

    @Test
    @DisplayName("the providers of a year are the scheme's units in force in it, with the days they are open, ownership from the unit")
    void providersOfAYear() {
        CareChoiceScheme halsoval = scheme("kalmar.halsoval");
        List<Provider> in2025 = ExampleCounty.providers(BUNDLED, halsoval, 2025);
        assertThat(in2025).hasSize(38);
        assertThat(in2025.stream().filter(p -> p.ownership() == Ownership.REGION_RUN)).hasSize(26);
        assertThat(in2025).allSatisfy(p -> assertThat(p.validFrom()).isNull());

        List<Provider> in2013 = ExampleCounty.providers(BUNDLED, halsoval, 2013);
        Provider sensia = in2013.stream().filter(p -> p.id().equals("kalmar.privat.sensia-kalmar")).findFirst().orElseThrow();
        assertThat(sensia.validUntil()).isEqualTo(LocalDate.of(2013, 7, 31));
        assertThat(in2013).extracting(Provider::id).contains("kalmar.privat.emmakliniken", "kalmar.privat.sensia-hultsfred");
        assertThat(ExampleCounty.providers(BUNDLED, halsoval, 2018)).extracting(Provider::id)
                .doesNotContain("kalmar.privat.sensia-kalmar", "kalmar.privat.emmakliniken");
    }

    @Test
    @DisplayName("the same scheme and year give the same county and the same payments, to the öre")
    void deterministic() {
        CareChoiceScheme dental = scheme("kalmar.vardval-tandvard");
        List<Provider> providers = ExampleCounty.providers(BUNDLED, dental, 2025);
        ExampleCounty.Example a = ExampleCounty.build(dental, providers, modelOf(dental), 2025);
        ExampleCounty.Example b = ExampleCounty.build(dental, providers, modelOf(dental), 2025);
        assertThat(a).isEqualTo(b);
        assertThat(ExampleCounty.build(dental, providers, modelOf(dental), 2026).months().get(0).totalOre())
                .as("another year is another draw").isNotEqualTo(a.months().get(0).totalOre());
    }

    @Test
    @DisplayName("only residents at the ages a scheme covers are listed: 3–23 for dental care, everyone for primary care")
    void agesCovered() {
        CareChoiceScheme dental = scheme("kalmar.vardval-tandvard");
        ExampleCounty.County county = ExampleCounty.draw(dental, ExampleCounty.providers(BUNDLED, dental, 2025), 2025);
        Map<Integer, Resident> byId = county.residents().stream().collect(Collectors.toMap(Resident::id, r -> r));
        assertThat(county.residents()).hasSize(ExampleCounty.RESIDENTS);
        assertThat(county.listings()).isNotEmpty().allSatisfy(l -> assertThat(byId.get(l.resident()).ageIn(2025)).isBetween(3, 23));
        assertThat(county.eligible()).isBetween(4_000, 9_000); // about a quarter of Sweden is 3–23
        assertThat(county.listed()).isLessThan(county.eligible()).isGreaterThan(county.eligible() * 95 / 100);

        CareChoiceScheme primary = scheme("kalmar.halsoval");
        ExampleCounty.County all = ExampleCounty.draw(primary, ExampleCounty.providers(BUNDLED, primary, 2025), 2025);
        assertThat(all.eligible()).isEqualTo(ExampleCounty.RESIDENTS);
        assertThat(all.residents().stream().mapToInt(r -> r.ageIn(2025)).max().orElseThrow()).isGreaterThan(90);
    }

    @Test
    @DisplayName("a change of provider moves the listing from the next day, never two listings of a resident on one day")
    void changesFromTheNextDay() {
        CareChoiceScheme primary = scheme("kalmar.halsoval");
        ExampleCounty.County county = ExampleCounty.draw(primary, ExampleCounty.providers(BUNDLED, primary, 2025), 2025);
        assertThat(county.changes()).isBetween(1_000, 4_000);
        Map<Integer, List<Listing>> byResident = county.listings().stream().collect(Collectors.groupingBy(Listing::resident));
        int changes = 0;
        for (List<Listing> listings : byResident.values()) {
            List<Listing> sorted = listings.stream().sorted(Comparator.comparing(Listing::from)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i).from()).isEqualTo(sorted.get(i - 1).until().plusDays(1));
                assertThat(sorted.get(i).provider()).isNotEqualTo(sorted.get(i - 1).provider());
                changes++;
            }
            assertThat(sorted.get(sorted.size() - 1).until()).as("the last listing lasts").isNull();
        }
        assertThat(changes).isEqualTo(county.changes());
    }

    @Test
    @DisplayName("the residents of a provider that closes in the year are moved on its last day, so no day goes unpaid")
    void closingProvider() {
        CareChoiceScheme primary = scheme("kalmar.halsoval");
        List<Provider> providers = new ArrayList<>(ExampleCounty.providers(BUNDLED, primary, 2025));
        Provider closing = providers.get(0);
        providers.set(0, new Provider(closing.id(), closing.scheme(), closing.ownership(), null, LocalDate.of(2025, 6, 30)));
        ExampleCounty.County county = ExampleCounty.draw(primary, providers, 2025);
        assertThat(county.listings()).filteredOn(l -> l.provider().equals(closing.id()))
                .isNotEmpty().allSatisfy(l -> assertThat(l.until()).isBeforeOrEqualTo(LocalDate.of(2025, 6, 30)));
        ExampleCounty.Example e = ExampleCounty.settle(primary, county, modelOf(primary), 2025);
        assertThat(e.months()).allSatisfy(m -> assertThat(m.notPaid().closedPersonDays()).isZero());
        assertThat(e.month(YearMonth.of(2025, 7)).orElseThrow().providers()).extracting(ExampleCounty.ProviderMonth::unitId)
                .doesNotContain(closing.id());
        assertThat(e.month(YearMonth.of(2025, 6)).orElseThrow().providers()).extracting(ExampleCounty.ProviderMonth::unitId)
                .contains(closing.id());
    }

    @Test
    @DisplayName("each month's providers add up to the total, by ownership, and the listed count on the last day is the listings'")
    void monthsAddUp() {
        CareChoiceScheme primary = scheme("kalmar.halsoval");
        ExampleCounty.County county = ExampleCounty.draw(primary, ExampleCounty.providers(BUNDLED, primary, 2025), 2025);
        ExampleCounty.Example e = ExampleCounty.settle(primary, county, modelOf(primary), 2025);
        assertThat(e.months()).hasSize(12);
        for (ExampleCounty.Month m : e.months()) {
            long own = m.providers().stream().filter(p -> p.ownership() == Ownership.REGION_RUN).mapToLong(ExampleCounty.ProviderMonth::amountOre).sum();
            long priv = m.providers().stream().filter(p -> p.ownership() == Ownership.PRIVATE).mapToLong(ExampleCounty.ProviderMonth::amountOre).sum();
            assertThat(m.ore(Ownership.REGION_RUN)).isEqualTo(own).isPositive();
            assertThat(m.ore(Ownership.PRIVATE)).isEqualTo(priv).isPositive();
            assertThat(m.totalOre()).isEqualTo(own + priv);
            LocalDate last = m.month().atEndOfMonth();
            assertThat(m.providers().stream().mapToInt(ExampleCounty.ProviderMonth::listed).sum())
                    .isEqualTo(county.listings().stream().filter(l -> l.covers(last)).count());
        }
    }

    @Test
    @DisplayName("the example is paid exactly as the compensate engine pays the same county written as files")
    void sameAsTheEngine() {
        CareChoiceScheme mental = scheme("kalmar.vardval-psykisk-halsa");
        ExampleCounty.County county = ExampleCounty.draw(mental, ExampleCounty.providers(BUNDLED, mental, 2025), 2025);
        ExampleCounty.Example e = ExampleCounty.settle(mental, county, modelOf(mental), 2025);
        Map<String, byte[]> files = files(county, mental.id());
        for (YearMonth month : List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 7))) {
            CareCompensation.Report engine = CareCompensation.compensate(files, month, null);
            ExampleCounty.Month m = e.month(month).orElseThrow();
            assertThat(engine.compensation().settlement().totalOre()).as(month.toString()).isEqualTo(m.totalOre());
            Map<String, Long> paid = new HashMap<>();
            engine.compensation().settlement().providers().forEach(p -> paid.put(p.provider(), p.amountOre()));
            m.providers().forEach(p -> assertThat(paid.get(p.unitId())).as(p.unitId()).isEqualTo(p.amountOre()));
        }
    }

    @Test
    @DisplayName("a model of another scheme or without a version for the year is refused")
    void refusals() {
        CareChoiceScheme primary = scheme("kalmar.halsoval");
        List<Provider> providers = ExampleCounty.providers(BUNDLED, primary, 2023);
        assertThatThrownBy(() -> ExampleCounty.build(primary, providers, ILLUSTRATIVE, 2025)).hasMessageContaining("example.vardval");
        assertThatThrownBy(() -> ExampleCounty.build(primary, providers, modelOf(primary), 2023)).hasMessageContaining("2023-01");
    }

    @Test
    @DisplayName("the examples are built once per scheme and year of a snapshot, and again for another snapshot")
    void cache() {
        CareChoiceExamples examples = new CareChoiceExamples();
        CareChoiceScheme dental = scheme("kalmar.vardval-tandvard");
        assertThat(examples.firstYear()).isEqualTo(2024);
        assertThat(examples.covers(2023)).isFalse();
        assertThat(examples.example(BUNDLED, dental, 2023)).isEmpty();
        ExampleCounty.Example first = examples.example(BUNDLED, dental, 2025).orElseThrow();
        assertThat(examples.example(BUNDLED, dental, 2025).orElseThrow()).isSameAs(first);
        Snapshot other = new Snapshot(TestServer.BUNDLED);
        assertThat(examples.example(other, dental, 2025).orElseThrow()).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    @DisplayName("the month shown unless asked is the latest that has ended: of the year asked, or its first when none has")
    void defaultMonths() {
        assertThat(CareChoiceExamples.latestWholeMonth(LocalDate.of(2026, 1, 15))).isEqualTo(YearMonth.of(2025, 12));
        assertThat(CareChoiceExamples.defaultMonth(2025, LocalDate.of(2026, 11, 26))).isEqualTo(YearMonth.of(2025, 12));
        assertThat(CareChoiceExamples.defaultMonth(2026, LocalDate.of(2026, 11, 26))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(CareChoiceExamples.defaultMonth(2027, LocalDate.of(2026, 11, 26))).isEqualTo(YearMonth.of(2027, 1));
    }

    /** Writes the county as the input files of docs/carechoice.md, with the illustrative model of the scheme. */
    static Map<String, byte[]> files(ExampleCounty.County county, String scheme) {
        StringBuilder residents = new StringBuilder("resident,birth_year,sex,home_area\n");
        county.residents().stream().sorted(Comparator.comparingInt(Resident::id)).forEach(r ->
                residents.append(r.id()).append(',').append(r.birthYear()).append(',').append(r.sex().code()).append(',')
                        .append(r.homeArea()).append('\n'));
        StringBuilder listings = new StringBuilder("resident,scheme,provider,from,until\n");
        county.listings().stream().sorted(Comparator.comparingInt(Listing::resident).thenComparing(Listing::from)).forEach(l ->
                listings.append(l.resident()).append(',').append(scheme).append(',').append(l.provider()).append(',')
                        .append(l.from()).append(',').append(l.until() == null ? "" : l.until()).append('\n'));
        StringBuilder areas = new StringBuilder("area,care_need_index\n");
        county.areas().values().forEach(a -> areas.append(a.id()).append(',').append(a.careNeedIndex()).append('\n'));
        StringBuilder providers = new StringBuilder("provider,scheme,ownership,valid_from,valid_until\n");
        county.providers().forEach(p -> providers.append(p.id()).append(',').append(scheme).append(',')
                .append(ProvidersCsv.code(p.ownership())).append(',').append(p.validFrom() == null ? "" : p.validFrom()).append(',')
                .append(p.validUntil() == null ? "" : p.validUntil()).append('\n'));
        StringBuilder visits = new StringBuilder("scheme,provider,date,patient,visits\n");
        county.visits().forEach(v -> visits.append(scheme).append(',').append(v.provider()).append(',').append(v.date()).append(',')
                .append(v.patient().code()).append(',').append(v.visits()).append('\n'));
        String model = new String(illustrativeYaml(), StandardCharsets.UTF_8).replace("scheme: example.vardval", "scheme: " + scheme);
        return Map.of("model", model.getBytes(StandardCharsets.UTF_8), "residents", bytes(residents), "listings", bytes(listings),
                "areas", bytes(areas), "providers", bytes(providers), "visits", bytes(visits));
    }

    private static byte[] bytes(StringBuilder text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] illustrativeYaml() {
        try (var in = CareChoiceExampleTest.class.getResourceAsStream(CareChoiceExamples.MODEL_RESOURCE)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
