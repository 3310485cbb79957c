package se.regionkarta.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.ProviderCount;
import se.regionkarta.cooperation.CooperationQueries;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.CooperationBodyKind;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.cooperation.model.ProgrammeArea;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.CoalitionRole;
import se.regionkarta.politics.model.Role;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.provenance.model.ConflictPolicy;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;
import se.regionkarta.snapshot.Snapshot;

/** Facts of the bundled data set that a wrong edit would break; each is checked against the sources. */
class BundledFactsTest {

    static final Snapshot REGISTRY = new Snapshot(se.regionkarta.SectionReaders.loader().loadBundled().dataset());
    static final LocalDate IN_2025 = LocalDate.of(2025, 6, 1);

    @Test
    @DisplayName("the Kalmar assembly has 67 seats in 2022-2026: S 24, M 12, SD 12, KD 8, C 6, V 5")
    void kalmarSeats() {
        Map<String, Integer> seats = PoliticsQueries.of(REGISTRY).seats("kalmar.rf", "2022-2026").stream()
                .collect(Collectors.toMap(SeatCount::partyId, SeatCount::seats));

        assertThat(seats).containsExactlyInAnyOrderEntriesOf(Map.of("S", 24, "M", 12, "SD", 12, "KD", 8, "C", 6, "V", 5));
        assertThat(REGISTRY.unit("kalmar").orElseThrow().kind()).isEqualTo(UnitKind.REGION);
        assertThat(REGISTRY.get(Body.class, "kalmar.rf").orElseThrow().members()).isEqualTo(67);
    }

    @Test
    @DisplayName("the Kalmar majority is S, C and V with 35 seats; the opposition M, SD and KD with 32")
    void kalmarMajority() {
        var coalitions = PoliticsQueries.of(REGISTRY).coalitions("kalmar.rf", IN_2025);

        var majority = coalitions.stream().filter(c -> c.role() == CoalitionRole.MAJORITY).findFirst().orElseThrow();
        var opposition = coalitions.stream().filter(c -> c.role() == CoalitionRole.OPPOSITION).findFirst().orElseThrow();
        assertThat(majority.partyIds()).containsExactlyInAnyOrder("S", "C", "V");
        assertThat(majority.statedSeats()).isEqualTo(35);
        assertThat(opposition.partyIds()).containsExactlyInAnyOrder("M", "SD", "KD");
        assertThat(opposition.statedSeats()).isEqualTo(32);
    }

    @Test
    @DisplayName("the 2018-2022 Kalmar assembly: S 25, M 10, SD 10, C 8, KD 7, V 4, L 3, governed by S, C and L")
    void kalmarSeats2018() {
        Map<String, Integer> seats = PoliticsQueries.of(REGISTRY).seats("kalmar.rf", "2018-2022").stream()
                .collect(Collectors.toMap(SeatCount::partyId, SeatCount::seats));

        assertThat(seats).containsExactlyInAnyOrderEntriesOf(Map.of("S", 25, "M", 10, "SD", 10, "C", 8, "KD", 7, "V", 4, "L", 3));
        assertThat(PoliticsQueries.of(REGISTRY).coalitions("kalmar.rf", LocalDate.of(2020, 6, 1)))
                .anySatisfy(c -> assertThat(c.partyIds()).containsExactlyInAnyOrder("S", "C", "L"));
    }

    @Test
    @DisplayName("Kalmar has seven commissioners of the majority and six of the opposition, with their parties")
    void kalmarCommissioners() {
        var roles = PoliticsQueries.of(REGISTRY).appointments("kalmar", IN_2025);
        Map<Role, Map<String, Long>> byRole = roles.stream()
                .filter(a -> a.role() == Role.COMMISSIONER || a.role() == Role.OPPOSITION_COMMISSIONER)
                .collect(Collectors.groupingBy(Appointment::role, Collectors.groupingBy(Appointment::partyId, Collectors.counting())));

        assertThat(byRole.get(Role.COMMISSIONER)).containsExactlyInAnyOrderEntriesOf(Map.of("S", 4L, "C", 2L, "V", 1L));
        assertThat(byRole.get(Role.OPPOSITION_COMMISSIONER)).containsExactlyInAnyOrderEntriesOf(Map.of("M", 3L, "SD", 1L, "KD", 2L));
    }

    @Test
    @DisplayName("Region Kalmar län has eight administrations and a staff office")
    void kalmarAdministrations() {
        var children = REGISTRY.children("kalmar", IN_2025);

        assertThat(children.stream().filter(u -> u.kind() == UnitKind.ADMINISTRATION).map(Unit::name)).containsExactlyInAnyOrder(
                "Hälso- och sjukvårdsförvaltningen", "Primärvårdsförvaltningen", "Psykiatriförvaltningen", "Folktandvården",
                "Regionservice", "Kalmar länstrafik", "IT-förvaltningen", "Regional utvecklingsförvaltning");
        assertThat(children.stream().filter(u -> u.kind() == UnitKind.STAFF_OFFICE)).hasSize(1);
    }

    @Test
    @DisplayName("the health-care administration has three hospitals, in Kalmar, Oskarshamn and Västervik")
    void threeHospitals() {
        var hospitals = REGISTRY.children("kalmar.hsf", IN_2025).stream().filter(u -> u.kind() == UnitKind.HOSPITAL).toList();

        assertThat(hospitals).extracting(u -> u.location().town()).containsExactlyInAnyOrder("Kalmar", "Oskarshamn", "Västervik");
    }

    @Test
    @DisplayName("four folk high schools and the regional library belong to the regional development administration")
    void folkHighSchools() {
        var units = REGISTRY.children("kalmar.regional-utveckling", IN_2025);

        assertThat(units.stream().filter(u -> u.kind() == UnitKind.FOLK_HIGH_SCHOOL)).hasSize(4);
        assertThat(units.stream().filter(u -> u.kind() == UnitKind.LIBRARY)).hasSize(1);
    }

    @Test
    @DisplayName("Region Kalmar län was formed on 2019-01-01 from the county council and the regional association")
    void formation() {
        assertThat(REGISTRY.unit("kalmar").orElseThrow().validity().from()).isEqualTo(PartialDate.parse("2019-01-01"));
        assertThat(REGISTRY.unit("landstinget-kalmar").orElseThrow().validity().until()).isEqualTo(PartialDate.parse("2018-12-31"));
        assertThat(REGISTRY.unit("regionforbundet-kalmar").orElseThrow().validity().until()).isEqualTo(PartialDate.parse("2018-12-31"));
    }

    @Test
    @DisplayName("Kalmar's three care-choice schemes have 26+12, 1+8 and 17+13 providers (region-run + private)")
    void careChoice() {
        Map<String, String> counts = REGISTRY.dataset().all(CareChoiceScheme.class).stream()
                .filter(s -> s.regionId().equals("kalmar"))
                .collect(Collectors.toMap(CareChoiceScheme::name, s -> s.providers().stream()
                        .map(ProviderCount::count).map(String::valueOf).collect(Collectors.joining("+"))));

        assertThat(counts.values()).containsExactlyInAnyOrder("26+12", "1+8", "17+13");
    }

    @Test
    @DisplayName("Sydöstra sjukvårdsregionen has three members, each appointing three members and three substitutes")
    void sydostra() {
        HealthcareRegion sydostra = REGISTRY.get(HealthcareRegion.class, "sydostra").orElseThrow();
        CooperationBody committee = CooperationQueries.of(REGISTRY).bodies("sydostra", IN_2025).stream()
                .filter(b -> b.kind() == CooperationBodyKind.JOINT_COMMITTEE).findFirst().orElseThrow();

        assertThat(sydostra.members()).extracting(Membership::regionId).containsExactlyInAnyOrder("ostergotland", "jonkoping", "kalmar");
        for (Membership m : sydostra.members()) {
            assertThat(committee.composition().membersFor(m.regionId())).isEqualTo(3);
            assertThat(committee.composition().substitutesFor(m.regionId())).isEqualTo(3);
        }
        assertThat(committee.rotation().duties()).containsExactlyInAnyOrder(RotationRule.Duty.CHAIR, RotationRule.Duty.SECRETARY);
        assertThat(committee.rotation().periodYears()).isEqualTo(2);
        assertThat(committee.decides()).hasSize(4);
    }

    @Test
    @DisplayName("the national frame: 21 regions with distinct county codes, six healthcare regions, 26 programme areas")
    void nationalFrame() {
        var regions = REGISTRY.dataset().all(Unit.class).stream().filter(u -> u.kind() == UnitKind.REGION).toList();

        assertThat(regions).hasSize(21);
        assertThat(regions.stream().map(u -> u.identifier(Identifier.Scheme.COUNTY_CODE).orElseThrow()).distinct()).hasSize(21);
        assertThat(REGISTRY.dataset().all(HealthcareRegion.class)).hasSize(6);
        assertThat(REGISTRY.dataset().all(ProgrammeArea.class)).hasSize(26);
    }

    @Test
    @DisplayName("Region Halland belongs to two healthcare regions, each through three of its municipalities")
    void hallandSplit() {
        var memberships = CooperationQueries.of(REGISTRY).healthcareRegionsOf("halland", IN_2025);

        assertThat(memberships).extracting(HealthcareRegion::id).containsExactlyInAnyOrder("vastra", "sodra");
        for (HealthcareRegion h : memberships) {
            assertThat(h.members().stream().filter(m -> m.regionId().equals("halland")).findFirst().orElseThrow()
                    .municipalityCodes()).hasSize(3);
        }
    }

    @Test
    @DisplayName("Halland's four care administrations and two support administrations are under the region")
    void halland() {
        var administrations = REGISTRY.children("halland", IN_2025).stream()
                .filter(u -> u.kind() == UnitKind.ADMINISTRATION).map(Unit::name).toList();

        assertThat(administrations).contains("Ambulans, diagnostik och hälsa", "Hallands sjukhus", "Närsjukvården Halland",
                "Psykiatrin Halland", "Regionkontoret", "Regionservice");
    }

    @Test
    @DisplayName("the disagreements about Kalmar are found and decided by the stated rules")
    void kalmarConflicts() {
        Map<String, Conflict> byProperty = ProvenanceQueries.of(REGISTRY).conflicts().stream()
                .filter(c -> ProvenanceQueries.of(REGISTRY).regionOfSubject(c.subjectId(), java.time.LocalDate.of(2026, 12, 1)).filter("kalmar"::equals).isPresent())
                .collect(Collectors.toMap(c -> c.subjectId() + "|" + c.property(), c -> c, (a, b) -> a));

        Conflict administrations = byProperty.get("kalmar|administration-count");
        assertThat(administrations.values()).containsExactly("8", "9");
        assertThat(administrations.shown()).isEqualTo("8");
        assertThat(administrations.rule()).isEqualTo(ConflictPolicy.Rule.EDITORIAL_DECISION);
        assertThat(byProperty.keySet()).anyMatch(k -> k.startsWith("kalmar.primarvard|figure:health-centre-branches"));
        assertThat(byProperty.keySet()).anyMatch(k -> k.startsWith("kalmar.folktandvarden|figure:dental-clinics"));
    }
}
